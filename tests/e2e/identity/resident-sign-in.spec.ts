import { test, expect } from '../fixtures';
import { codeIn, waitForMail } from '../support/mail';
import { withE2eDb } from '../support/db';
import { residentRow } from '../support/resident';
import { makeCaseReference } from '@/lib/cases/reference';
import vi from '@/messages/vi.json';

/** A resident with two requests: a booked consultation and an earlier one that was cancelled. */
function residentWithRequests(email: string, locale: string) {
  const id = residentRow(email, locale);
  withE2eDb((db) => {
    const now = new Date().toISOString();
    const insert = db.prepare('INSERT INTO "Case" (id, reference, kind, status, locale, residentId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    insert.run(`c_${id}_1`, makeCaseReference('CONSULTATION'), 'CONSULTATION', 'SCHEDULED', locale, id, now, now);
    insert.run(`c_${id}_2`, makeCaseReference('CONSULTATION'), 'CONSULTATION', 'CANCELLED', locale, id, now, now);
  });
  return id;
}

/**
 * Sends the code and waits until the form has been answered and reset (React clears it after an
 * action), so the error left from the last try is not mistaken for the next one.
 */
async function submit(page: import('@playwright/test').Page) {
  await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('form button[type="submit"]').click()]);
  await expect(page.locator('#field-code')).toHaveValue('');
}

async function requestCode(page: import('@playwright/test').Page, locale: string, email: string) {
  await page.goto(`/${locale}/account`);
  await expect(page).toHaveURL(new RegExp(`/${locale}/account/sign-in$`));
  await page.locator('#field-email').fill(email);
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('#field-code')).toBeVisible();
}

test.describe('resident sign-in by emailed code', () => {
  test('in Vietnamese: the code arrives in Vietnamese and the requests page is in Vietnamese', async ({ page }) => {
    const email = 'nam.tran@e2e.test';
    residentWithRequests(email, 'vi');
    const since = Date.now();
    await requestCode(page, 'vi', email);
    const mail = await waitForMail(email, since);
    expect(mail.headers['content-language']).toBe('vi');
    expect(mail.text).toMatch(/giờ chuẩn hàn quốc/i);
    await page.locator('#field-code').fill(codeIn(mail));
    await page.locator('form button[type="submit"]').click();
    await expect(page).toHaveURL(/\/vi\/account$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(vi.Account.title);
    // Both requests, each under its own heading; the seeded urgent alert above them is not one.
    await expect(page.getByRole('list', { name: vi.Account.title }).getByRole('heading', { level: 2 })).toHaveCount(2);
    await expect(page.getByRole('main')).toContainText(/CO-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    // Personal pages are never cached or shared.
    const response = await page.request.get('/vi/account');
    expect(response.headers()['cache-control']).toContain('no-store');
    expect(response.headers()['cache-control']).toContain('private');
  });

  test('works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const email = 'no.script@e2e.test';
    residentWithRequests(email, 'ur');
    const since = Date.now();
    await requestCode(page, 'ur', email);
    await page.locator('#field-code').fill(codeIn(await waitForMail(email, since)));
    await page.locator('form button[type="submit"]').click();
    await expect(page).toHaveURL(/\/ur\/account$/);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await context.close();
  });

  test('a wrong code is refused at the field, and after three wrong tries the code is dead', async ({ page }) => {
    const email = 'wrong.code@e2e.test';
    residentWithRequests(email, 'en');
    const since = Date.now();
    await requestCode(page, 'en', email);
    const code = codeIn(await waitForMail(email, since));
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 3; i++) {
      await page.locator('#field-code').fill(wrong);
      await submit(page);
      await expect(page.locator('#field-code-error')).toContainText('not right');
    }
    await page.locator('#field-code').fill(code);
    await submit(page);
    await expect(page.locator('#field-code-error')).toContainText('not right');
    await expect(page).toHaveURL(/\/en\/account\/sign-in$/);
  });

  test('a code works once', async ({ browser }) => {
    const email = 'used.once@e2e.test';
    residentWithRequests(email, 'en');
    const since = Date.now();
    const first = await (await browser.newContext()).newPage();
    await requestCode(first, 'en', email);
    const code = codeIn(await waitForMail(email, since));
    await first.locator('#field-code').fill(code);
    await first.locator('form button[type="submit"]').click();
    await expect(first).toHaveURL(/\/en\/account$/);

    const second = await (await browser.newContext()).newPage();
    await requestCode(second, 'en', email);
    await second.locator('#field-code').fill(code);
    await second.locator('form button[type="submit"]').click();
    await expect(second.locator('#field-code-error')).toBeVisible();
  });

  test('an expired code is refused', async ({ page }) => {
    const email = 'expired.code@e2e.test';
    residentWithRequests(email, 'en');
    const since = Date.now();
    await requestCode(page, 'en', email);
    const code = codeIn(await waitForMail(email, since));
    // Ten minutes pass.
    withE2eDb((db) => db.prepare('UPDATE ResidentVerification SET expiresAt = ? WHERE identifier LIKE ?').run(new Date(Date.now() - 1000).toISOString(), `%${email}%`));
    await page.locator('#field-code').fill(code);
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('#field-code-error')).toBeVisible();
  });
});
