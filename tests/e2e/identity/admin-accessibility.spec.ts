import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { signedInStaff } from '../support/staff';
import { expectNoAxeViolations } from '../support/axe';

/**
 * One signed-in administrator for every test here: they only read the staff area (the export adds
 * its own audit row, which no other test looks for), so they share one browser context and one
 * sign-in, and each page's axe run is a test of its own with its own time limit.
 */
test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;
let firstMessage: string;
// The shared page is not the `page` fixture, so its console errors are collected here.
const errors: string[] = [];

test.beforeAll(async ({ browser }) => {
  // Signing in checks a password (argon2) and a code: several seconds on a loaded 2-core machine.
  test.setTimeout(60_000);
  ({ context, page } = await signedInStaff(browser, ['administrator']));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/admin/mail');
  firstMessage = (await page.locator('main table a').first().getAttribute('href'))!;
});

test.afterEach(() => {
  expect(errors.splice(0), 'console errors on the page').toEqual([]);
});

test.afterAll(async () => {
  await context?.close();
});

const pages: [string, () => string][] = [
  ['home', () => '/admin'],
  ['staff', () => '/admin/staff'],
  ['audit log', () => '/admin/audit'],
  ['audit log, filtered', () => '/admin/audit?action=sign_in'],
  ['mail', () => '/admin/mail'],
  ['one message', () => firstMessage],
  ['security', () => '/admin/security'],
];

for (const [name, path] of pages) {
  test(`axe finds no WCAG 2.2 AA violations in the staff area: ${name}`, async () => {
    // One page and one axe run: 3 to 8 s with another worker beside it, up to 30 s on a shared
    // machine (the staff and audit pages grow with every test's staff members and rows).
    test.setTimeout(60_000);
    await page.goto(path());
    await expectNoAxeViolations(page, path());
  });
}

test('the staff menu works by keyboard', async () => {
  await page.goto('/admin');
  const staffLink = page.getByRole('navigation', { name: 'Staff menu' }).getByRole('link', { name: 'Staff', exact: true });
  for (let i = 0; i < 20 && !(await staffLink.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(staffLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/admin\/staff$/);
});

test('opening a message (personal data: an address, a resident’s words) is logged as a view', async () => {
  await page.goto(firstMessage);
  await page.goto('/admin/audit?action=view');
  await expect(page.getByRole('table')).toContainText('OutboxMessage');
});

test('the audit export needs a reason and leaves its own row', async () => {
  await page.goto('/admin/audit');
  await page.getByLabel('Reason for the export').fill('Quarterly access review QA-2026-4');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/);
  await page.goto('/admin/audit?action=export');
  await expect(page.getByRole('table')).toContainText('Quarterly access review QA-2026-4');
});
