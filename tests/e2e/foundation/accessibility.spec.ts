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
