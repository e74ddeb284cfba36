import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { withE2eDb } from '../support/db';
import { linkIn, waitForMail } from '../support/mail';
import { signedInStaff } from '../support/staff';
import type { QueuedForTest } from '../../support/e2e-mail-messages';

/**
 * Issue #13: the sent-messages view is open to supervisors, who must not read what would let them
 * act as the recipient: a resident's code or private link, or a pending administrator's invitation
 * (set its password, enrol an authenticator, and they are an administrator). Every message of
 * every template is opened as a supervisor; no secret may reach the browser, whether in the page,
 * its HTML or its RSC payload.
 */
// Two people sign in from scratch and some twenty pages are read twice each.
test.setTimeout(180_000);

/** One message of every template, queued through the outbox into the end-to-end database. */
function queueEveryTemplate(marker: string): { phone: string; queued: QueuedForTest[] } {
  const out = execFileSync('node_modules/.bin/tsx', ['tests/support/e2e-mail-messages.ts', marker], {
    env: { ...process.env, DATABASE_URL: `file:./data/e2e${process.env.E2E_TAG ?? ''}.db` },
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

/** Everything the browser receives for a page: what it shows, its HTML, and its RSC payload. */
async function whatTheBrowserGets(page: Page, context: BrowserContext, path: string) {
  await page.goto(path);
  // The language the browser asks for, as the page's own navigation would.
  const rsc = await context.request.get(path, { headers: { rsc: '1', 'accept-language': 'en-GB,en' } });
  expect(rsc.ok(), `${path} RSC`).toBe(true);
  const payload = await rsc.text();
  // The payload is this page's, with the message in it: its heading (the subject) is there.
  expect(payload, `${path} RSC`).toContain(await page.locator('h1').innerText());
  return [await page.locator('body').innerText(), await page.content(), payload].join('\n');
}

test('a supervisor reads every message in the mail view without any usable code, link or token', async ({ browser }) => {
  const marker = `mailsecrets-${crypto.randomBytes(4).toString('hex')}`;
  const { phone, queued } = queueEveryTemplate(marker);

  // A pending administrator, invited the way administrators invite: the invitation a supervisor must not take over.
  const { context: adminContext, page: adminPage } = await signedInStaff(browser, ['administrator']);
  const invitee = `${marker}-new-admin@e2e.test`;
  const since = Date.now();
  await adminPage.goto('/admin/staff');
  // By field names: another test may switch the administrator's language meanwhile.
  const form = adminPage.locator('form:has(#field-email)');
  await form.locator('#field-name').fill('Pending Administrator');
  await form.locator('#field-email').fill(invitee);
  await form.locator('input[name="roles"][value="administrator"]').check();
  await form.locator('input[name="languages"][value="ko"]').check();
  await form.locator('input[name="locale"][value="en"]').check();
  await form.locator('button[type="submit"]').click();
  await expect(adminPage.getByText(invitee).first()).toBeVisible();
  await adminContext.close();
  const invitation = linkIn(await waitForMail(invitee, since), '/admin/invitation?token=');
  const invitationToken = invitation.searchParams.get('token')!;
  expect(invitationToken.length).toBeGreaterThan(10);

  const { context, page } = await signedInStaff(browser, ['supervisor']);

  // The lists, by address: our emails, and the text messages to one phone.
  const emails = queued.filter((m) => m.to.startsWith(marker));
  const seen: string[] = [await whatTheBrowserGets(page, context, `/admin/mail?to=${marker}`), await whatTheBrowserGets(page, context, `/admin/mail?to=${encodeURIComponent(phone)}`)];
  await page.goto(`/admin/mail?to=${marker}`);
  const links = page.getByRole('table').getByRole('link');
  await expect(links).toHaveCount(emails.length + 1);
  await expect(page.getByRole('row').filter({ hasText: `${marker}-legacy@e2e.test` })).toContainText('Kept, not sent');

  // Every message, opened from the list as a person would, and the text messages by their id.
  const paths = [...(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))), ...queued.filter((m) => m.to === phone).map((m) => `/admin/mail/${m.id}`)];
  expect(paths).toHaveLength(queued.length + 1);
  for (const path of paths) seen.push(await whatTheBrowserGets(page, context, path));
  const everything = seen.join('\n');

  const secrets = [...queued.flatMap((m) => m.secrets), invitationToken, encodeURIComponent(invitationToken)];
  expect(secrets.length).toBeGreaterThan(15);
  for (const secret of secrets) expect(everything.includes(secret), `a secret (${secret.slice(0, 3)}…) reached the browser`).toBe(false);

  // What staff do see: that a code or link was sent, which page it opens, and the calendar file's name.
  const byTemplate = (template: string) => `/admin/mail/${queued.find((m) => m.template === template)!.id}`;
  await page.goto(byTemplate('residentSignInCode'));
  await expect(page.locator('pre')).toContainText('Your one-time code is ••••••');
  await page.goto(byTemplate('consultationBooked'));
  await expect(page.locator('pre')).toContainText('/en/consultations/manage/••••••');
  await expect(page.getByRole('region', { name: 'Attached files' })).toContainText('consultation.ics (text/calendar)');
  await page.goto(byTemplate('legacy'));
  await expect(page.locator('pre')).toContainText('Your one-time code is ••••••.');
  await expect(page.getByText('Kept, not sent')).toBeVisible();

  // The invitation as the supervisor finds it leads nowhere: its token is a mask.
  await page.goto(`/admin/mail?to=${encodeURIComponent(invitee)}`);
  await page.getByRole('table').getByRole('link').click();
  const shown = (await page.locator('pre').innerText()).match(/https?:\/\/\S+\/admin\/invitation\?token=\S+/)?.[0];
  expect(shown).toMatch(/token=••••••$/);
  const masked = new URL(shown!);
  await page.goto(masked.pathname + masked.search);
  await page.getByLabel('New password').fill('a supervisor becomes an administrator');
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByRole('alert').first()).toContainText('This link has expired or has already been used.');
  const accounts = withE2eDb((db) => (db.prepare('SELECT COUNT(*) AS n FROM StaffAccount a JOIN StaffUser u ON u.id = a.userId WHERE u.email = ?').get(invitee) as { n: number }).n);
  expect(accounts).toBe(0);
  await context.close();
});
