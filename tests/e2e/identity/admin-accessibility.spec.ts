import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../fixtures';
import { completeSecondFactor, readAdmin, signInWithPassword } from '../support/staff';

test('axe finds no WCAG 2.2 AA violations in the staff area, and every page works by keyboard', async ({ browser }) => {
  const admin = readAdmin();
  const context = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.71' } });
  const page = await context.newPage();
  await signInWithPassword(page, admin.email, admin.password);
  await completeSecondFactor(page, admin.secret);
  await page.goto('/admin/mail');
  const firstMessage = await page.locator('main table a').first().getAttribute('href');
  for (const path of ['/admin', '/admin/staff', '/admin/audit', '/admin/audit?action=sign_in', '/admin/mail', firstMessage!, '/admin/security']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }

  // Keyboard only: tab to the staff page link in the menu and open it.
  await page.goto('/admin');
  const staffLink = page.getByRole('navigation', { name: 'Staff menu' }).getByRole('link', { name: 'Staff', exact: true });
  for (let i = 0; i < 20 && !(await staffLink.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(staffLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/admin\/staff$/);

  // Opening a message (personal data: an address, a resident's words) is logged as a view.
  await page.goto('/admin/audit?action=view');
  await expect(page.getByRole('table')).toContainText('OutboxMessage');

  // The audit export needs a reason and leaves its own row.
  await page.goto('/admin/audit');
  await page.getByLabel('Reason for the export').fill('Quarterly access review QA-2026-4');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/);
  await page.goto('/admin/audit?action=export');
  await expect(page.getByRole('table')).toContainText('Quarterly access review QA-2026-4');
  await context.close();
});
