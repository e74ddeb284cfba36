import AxeBuilder from '@axe-core/playwright';
import { locales } from '@/lib/i18n/locales';
import { test, expect } from '../fixtures';

const pages = [
  { name: 'home', path: '' },
  { name: 'centres', path: '/centers' },
  { name: '404', path: '/this-page-does-not-exist' },
];

for (const locale of locales) {
  for (const { name, path } of pages) {
    test(`axe finds no WCAG 2.2 AA violations: ${locale} ${name}`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      // Open the language picker so its list is checked too.
      await page.locator('summary').first().click();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

for (const locale of locales) {
  test(`axe finds no WCAG 2.2 AA violations: ${locale} resident sign-in, both steps`, async ({ page }) => {
    await page.goto(`/${locale}/account/sign-in`);
    const check = async () => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    await check();
    // The error state: an invalid address, the summary and the field error.
    await page.locator('#field-email').fill('not-an-address');
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('form button[type="submit"]').click()]);
    await expect(page.locator('#field-email-error')).toBeVisible();
    await check();
  });
}

for (const locale of ['ko', 'en', 'ur', 'my'] as const) {
  test(`axe finds no WCAG 2.2 AA violations: staff sign-in and invitation pages in ${locale}`, async ({ browser, baseURL }) => {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'ADMIN_LOCALE', value: locale, url: baseURL! }]);
    const page = await context.newPage();
    for (const path of ['/admin/sign-in', '/admin/invitation?token=nothing-valid-here']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale === 'ur' ? 'ur' : locale);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await context.close();
  });
}
