import { locales } from '@/lib/i18n/locales';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { axeViolations } from '../support/axe';

const pages = [
  { name: 'home', path: '' },
  { name: 'centres', path: '/centers' },
  { name: '404', path: '/this-page-does-not-exist' },
];

const violationsOf = (page: Page) => axeViolations(page);

/**
 * One page of one kind in each of the 17 locales, a browser context for six of them: these tests only read,
 * so the context's cache (scripts, styles, fonts already fetched) is kept from one locale to the
 * next instead of starting each of 51 tests from nothing. Each locale is checked on its own
 * (a soft expectation names it), so one failing locale does not hide the others.
 */
// Three groups of locales per page, so both CI workers stay busy.
const localeGroups = [locales.slice(0, 6), locales.slice(6, 12), locales.slice(12)];

for (const { name, path } of pages) {
  for (const group of localeGroups) {
    test(`axe finds no WCAG 2.2 AA violations on ${name} in ${group.join(', ')}`, async ({ page }) => {
      test.setTimeout(300_000);
      for (const locale of group) {
        await page.goto(`/${locale}${path}`);
        // Open the language picker so its list is checked too.
        await page.locator('summary').first().click();
        expect.soft(await violationsOf(page), `${locale} ${name}`).toEqual([]);
      }
    });
  }
}

/** Both steps of the resident sign-in, the error state included, in every locale. */
for (const group of localeGroups) {
  test(`axe finds no WCAG 2.2 AA violations on the resident sign-in, both steps, in ${group.join(', ')}`, async ({ page }) => {
    test.setTimeout(300_000);
    for (const locale of group) {
      await page.goto(`/${locale}/account/sign-in`);
      expect.soft(await violationsOf(page), `${locale} sign-in`).toEqual([]);
      // The error state: an invalid address, the summary and the field error.
      await page.locator('#field-email').fill('not-an-address');
      await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('form button[type="submit"]').click()]);
      await expect(page.locator('#field-email-error')).toBeVisible();
      expect.soft(await violationsOf(page), `${locale} sign-in with an error`).toEqual([]);
    }
  });
}

/** The staff pages a visitor reaches without an account, in four staff languages, one context. */
test('axe finds no WCAG 2.2 AA violations on the staff sign-in and invitation pages in ko, en, ur and my', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  for (const locale of ['ko', 'en', 'ur', 'my'] as const) {
    await page.context().addCookies([{ name: 'ADMIN_LOCALE', value: locale, url: baseURL! }]);
    for (const path of ['/admin/sign-in', '/admin/invitation?token=nothing-valid-here']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      expect.soft(await violationsOf(page), `${locale} ${path}`).toEqual([]);
    }
  }
});
