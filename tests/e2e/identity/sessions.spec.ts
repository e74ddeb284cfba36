import { test, expect } from '../fixtures';
import { staffWithPassword } from '../support/accounts';
import { withE2eDb } from '../support/db';

async function signedInStaff(browser: import('@playwright/test').Browser, email: string, address: string) {
  const password = 'ninety nine red balloons drifting';
  await staffWithPassword(email, password);
  const context = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'x-forwarded-for': address } });
  const page = await context.newPage();
  await page.goto('/admin/sign-in');
  await page.locator('#field-email').fill(email);
  await page.locator('#field-password').fill(password);
  await page.locator('form button[type="submit"]').filter({ hasText: 'Continue' }).click();
  await expect(page).toHaveURL(/\/admin\/security$/);
  return { context, page };
}

const sessionsOf = (email: string) =>
  withE2eDb((db) => db.prepare('SELECT s.id, s.token FROM StaffSession s JOIN StaffUser u ON u.id = s.userId WHERE u.email = ?').all(email) as { id: string; token: string }[]);

test.describe('staff sessions', () => {
  test('end after 30 minutes without activity', async ({ browser }) => {
    const email = 'idle@e2e.test';
    const { page } = await signedInStaff(browser, email, '198.51.100.41');
    withE2eDb((db) => db.prepare('UPDATE StaffSession SET expiresAt = ? WHERE userId = (SELECT id FROM StaffUser WHERE email = ?)').run(new Date(Date.now() - 1000).toISOString(), email));
    await page.goto('/admin/security');
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
  });

  test('are refreshed by activity, but end 12 hours after sign-in whatever happens', async ({ browser }) => {
    const email = 'absolute@e2e.test';
    const { page } = await signedInStaff(browser, email, '198.51.100.42');
    await page.goto('/admin/security');
    await expect(page).toHaveURL(/\/admin\/security$/);
    withE2eDb((db) =>
      db.prepare('UPDATE StaffSession SET createdAt = ? WHERE userId = (SELECT id FROM StaffUser WHERE email = ?)').run(new Date(Date.now() - 12 * 3_600_000 - 60_000).toISOString(), email),
    );
    await page.goto('/admin/security');
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
    expect(sessionsOf(email)).toEqual([]);
  });

  test('are dead on the server after sign-out, even if the old cookie is replayed', async ({ browser }) => {
    const email = 'signout@e2e.test';
    const { context, page } = await signedInStaff(browser, email, '198.51.100.43');
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === '__Host-staff-session');
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    await page.goto('/admin/security');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
    expect(sessionsOf(email)).toEqual([]);
    await context.addCookies([session!]);
    await page.goto('/admin/security');
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
  });

  test('get a new token at every sign-in', async ({ browser }) => {
    const email = 'rotate@e2e.test';
    const { context } = await signedInStaff(browser, email, '198.51.100.44');
    const first = (await context.cookies()).find((c) => c.name === '__Host-staff-session')?.value;
    const page = await context.newPage();
    await page.goto('/admin/sign-in');
    // Signing in again from the same browser replaces the token.
    await context.clearCookies();
    await page.goto('/admin/sign-in');
    await page.locator('#field-email').fill(email);
    await page.locator('#field-password').fill('ninety nine red balloons drifting');
    await page.locator('form button[type="submit"]').filter({ hasText: 'Continue' }).click();
    await expect(page).toHaveURL(/\/admin\/security$/);
    const second = (await context.cookies()).find((c) => c.name === '__Host-staff-session')?.value;
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
  });
});
