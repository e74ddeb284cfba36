import { locales, languageTags, nativeNames } from '@/lib/i18n/locales';
import { test, expect } from '../fixtures';

test.describe('language routing', () => {
  test('sends / to the browser’s language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/vi$/);
    await context.close();
  });

  test('prefers the remembered language to the browser’s', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'vi-VN' });
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'ur', url: baseURL! }]);
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/ur$/);
    await context.close();
  });

  test('falls back to Korean for a language the portal does not have', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto('/centers');
    await expect(page).toHaveURL(/\/ko\/centers$/);
    await context.close();
  });

  // One page for six locales at a time: these only read, so the scripts, styles and fonts fetched
  // for the first locale are not fetched again for each of the other sixteen.
  for (const group of [locales.slice(0, 6), locales.slice(6, 12), locales.slice(12)]) {
    test(`home answers 200 with each language's tag and direction: ${group.join(', ')}`, async ({ page }) => {
      for (const locale of group) {
        const response = await page.goto(`/${locale}`);
        expect.soft(response?.status(), locale).toBe(200);
        await expect.soft(page.locator('html'), locale).toHaveAttribute('lang', languageTags[locale]);
        await expect.soft(page.locator('html'), locale).toHaveAttribute('dir', locale === 'ur' ? 'rtl' : 'ltr');
        await expect.soft(page.getByRole('heading', { level: 1 }), locale).toBeVisible();
        // hreflang alternates for every language, and the canonical address.
        await expect.soft(page.locator('link[rel="alternate"][hreflang]'), locale).toHaveCount(18);
        await expect.soft(page.locator('link[rel="canonical"]'), locale).toHaveAttribute('href', new RegExp(`/${locale}$`));
      }
    });
  }

  test('the language picker keeps the visitor on the same page, by keyboard', async ({ page }) => {
    await page.goto('/en/centers');
    const summary = page.locator('summary', { hasText: 'Language' });
    await summary.focus();
    await page.keyboard.press('Enter');
    const vietnamese = page.getByRole('link', { name: nativeNames.vi });
    await expect(vietnamese).toHaveAttribute('lang', 'vi');
    await expect(vietnamese).toHaveAttribute('hreflang', 'vi');
    await expect(page.getByRole('link', { name: 'English', exact: true })).toHaveAttribute('aria-current', 'true');
    await vietnamese.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/vi\/centers$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  });

  test('every language appears in the picker in its own script', async ({ page }) => {
    await page.goto('/ko');
    await page.locator('summary', { hasText: '언어' }).click();
    for (const locale of locales) {
      await expect(page.getByRole('link', { name: nativeNames[locale], exact: true })).toHaveAttribute('href', `/${locale}`);
    }
  });
});

test.describe('not found', () => {
  test('an unknown page answers 404 in the visitor’s language', async ({ page }) => {
    const response = await page.goto('/th/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'th');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Page not found/);
    await expect(page.getByRole('link', { name: /./ }).first()).toBeVisible();
  });
});

test.describe('search engines', () => {
  test('the sitemap lists every public page in every language', async ({ request }) => {
    const body = await (await request.get('/sitemap.xml')).text();
    for (const locale of locales) {
      expect(body).toContain(`/${locale}/centers</loc>`);
      expect(body).toContain(`/${locale}/consultations</loc>`);
    }
  });

  test('robots.txt points to the sitemap and keeps staff pages out', async ({ request }) => {
    const body = await (await request.get('/robots.txt')).text();
    expect(body).toContain('Disallow: /admin');
    // Private booking links and half-filled forms are nobody's search result.
    expect(body).toContain('Disallow: /*/consultations/manage');
    expect(body).toMatch(/Sitemap: .*\/sitemap\.xml/);
  });
});

test('a browser asking for /favicon.ico gets the portal’s icon, not an error', async ({ request }) => {
  const response = await request.get('/favicon.ico', { maxRedirects: 0 });
  expect(response.status()).toBeLessThan(500);
  expect((await request.get('/icon.svg')).status()).toBe(200);
});
