import { test, expect } from '../fixtures';
import { linkIn, waitForMail } from '../support/mail';
import { lastTextTo, residentRow, signInResident } from '../support/resident';
import { withE2eDb } from '../support/db';

const submitIn = (page: import('@playwright/test').Page, section: string) => page.locator(`section[aria-labelledby="${section}"] form button[type="submit"]`).click();

test('a new email address is confirmed from the new mailbox and announced to the old one', async ({ page }) => {
  const oldEmail = 'old.address@e2e.test';
  const newEmail = 'new.address@e2e.test';
  residentRow(oldEmail, 'en');
  await signInResident(page, 'en', oldEmail);
  await page.goto('/en/account/settings');
  const since = Date.now();
  await page.getByLabel('New email address').fill(newEmail);
  await submitIn(page, 'email-heading');
  await expect(page.getByRole('status')).toContainText(newEmail);
  // Nothing changes until the link is opened and confirmed.
  expect(withE2eDb((db) => db.prepare('SELECT COUNT(*) AS n FROM Resident WHERE email = ?').get(newEmail))).toEqual({ n: 0 });

  const link = linkIn(await waitForMail(newEmail, since), '/account/confirm-email?token=');
  await page.goto(link.pathname + link.search);
  await page.getByRole('button', { name: 'Confirm new email address' }).click();
  await expect(page.getByText(`Your email address is now ${newEmail}.`)).toBeVisible();
  // The address is on the page, not in its URL (history, proxies and referrers keep URLs).
  expect(page.url()).not.toContain(encodeURIComponent(newEmail));
  expect(page.url()).not.toContain(newEmail);
  const notice = await waitForMail(oldEmail, since);
  expect(notice.text).toContain(newEmail);
  // The link works once.
  await page.goto(link.pathname + link.search);
  await expect(page.getByRole('button', { name: 'Confirm new email address' })).toHaveCount(0);
});

test('a new phone number is confirmed by a code sent to it, and the old number is told', async ({ page }) => {
  const email = 'phone.change@e2e.test';
  residentRow(email, 'en', '+821011112222');
  await signInResident(page, 'en', email);
  await page.goto('/en/account/settings');
  await page.locator('#field-phone').fill('010 3333 4444');
  await submitIn(page, 'phone-heading');
  await expect(page.getByLabel('Code from the text message')).toBeVisible();
  const text = lastTextTo('+821033334444');
  const code = text?.match(/\b\d{6}\b/)?.[0];
  expect(code).toBeTruthy();

  await page.getByLabel('Code from the text message').fill(code === '000000' ? '111111' : '000000');
  await submitIn(page, 'phone-heading');
  await expect(page.locator('#field-code-error')).toBeVisible();
  await page.getByLabel('Code from the text message').fill(code!);
  await submitIn(page, 'phone-heading');
  await expect(page.getByText('Your phone number is saved.')).toBeVisible();
  expect(withE2eDb((db) => db.prepare('SELECT phone FROM Resident WHERE email = ?').get(email))).toEqual({ phone: '+821033334444' });
  expect(lastTextTo('+821011112222')).toContain('+821033334444');
  // The change is in the audit log: who, what, from where.
  const audit = withE2eDb((db) =>
    (db.prepare("SELECT actorType, action, detail, ip FROM AuditLog WHERE residentId = (SELECT id FROM Resident WHERE email = ?) AND action = 'change'").all(email) as { detail: string }[]).map(
      (row) => ({
        ...row,
        detail: JSON.parse(row.detail),
      }),
    ),
  );
  expect(audit).toEqual([{ actorType: 'resident', action: 'change', detail: { fields: ['phone'] }, ip: '127.0.0.1' }]);
});

test('the preferred language for messages is saved', async ({ page }) => {
  const email = 'language.change@e2e.test';
  residentRow(email, 'en');
  await signInResident(page, 'en', email);
  await page.goto('/en/account/settings');
  await page
    .getByRole('group', { name: /Language for emails/ })
    .getByLabel('ខ្មែរ')
    .check();
  await submitIn(page, 'language-heading');
  await expect(page.getByText('Saved. We will write to you in this language.')).toBeVisible();
  expect(withE2eDb((db) => db.prepare('SELECT preferredLocale FROM Resident WHERE email = ?').get(email))).toEqual({ preferredLocale: 'km' });
});
