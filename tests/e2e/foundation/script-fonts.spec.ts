import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';

// The test browser sees no font for any of these scripts (DejaVu and Liberation only, through
// tests/e2e/support/fontconfig/fonts.conf, whatever the machine has installed), so
// every glyph below comes from the page's own fonts (docs/decisions/012).
const scripts = [
  ['my', 'Noto Sans Myanmar', 'မြန်မာ', 'noto-sans-myanmar-'],
  ['km', 'Noto Sans Khmer', 'ខ្មែរ', 'noto-sans-khmer-'],
  ['lo', 'Noto Sans Lao Variable', 'ລາວ', 'noto-sans-lao-'],
  ['si', 'Noto Sans Sinhala Variable', 'සිංහල', 'noto-sans-sinhala-'],
  ['ur', 'Noto Nastaliq Urdu', 'اردو', 'noto-nastaliq-urdu-'],
  ['ko', 'Noto Sans KR', '한국어', 'noto-sans-kr-'],
] as const;

/** The font files a page asks for while it loads, by path. */
function fontRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') seen.push(new URL(request.url()).pathname + ' @ ' + new URL(request.url()).origin);
  });
  return seen;
}

/** True once the page's text is drawn with `family` (all its faces that the text needs are loaded). */
const drawnWith = (page: Page, family: string, sample: string) =>
  page.evaluate(
    async ([f, s]) => {
      await document.fonts.ready;
      return document.fonts.check(`16px "${f}"`, s) && [...document.fonts].some((face) => face.family.replace(/"/g, '') === f && face.status === 'loaded');
    },
    [family, sample] as const,
  );

test.describe('script fonts', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  for (const [locale, family, sample, file] of scripts) {
    test(`${locale}: home is drawn with its own ${family}, and loads no other script's font`, async ({ page, baseURL }, testInfo) => {
      const requests = fontRequests(page);
      await page.goto(`/${locale}`);
      await expect.poll(() => drawnWith(page, family, sample)).toBe(true);
      // font-display: optional: on this font-free machine a font that came after ~100 ms is kept
      // for the next page and this one stays in the fallback (boxes here: no system font at all).
      // The second view draws with it from the cache, as every later page does (decision 012).
      await page.reload();
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      expect(requests.length).toBeGreaterThan(0);
      for (const request of requests) expect(request).toMatch(new RegExp(`^/fonts/files/${file}[\\w-]+\\.woff2 @ ${baseURL}$`));
      const shot = await page.screenshot({ fullPage: false });
      fs.mkdirSync('test-results/fonts', { recursive: true });
      fs.writeFileSync(`test-results/fonts/home-${locale}-360.png`, shot);
      await testInfo.attach(`home-${locale}-360`, { body: shot, contentType: 'image/png' });
    });
  }

  test('an English page loads no font and no font stylesheet', async ({ page }) => {
    const requests = fontRequests(page);
    const sheets: string[] = [];
    page.on('request', (request) => request.resourceType() === 'stylesheet' && sheets.push(request.url()));
    await page.goto('/en');
    await page.evaluate(() => document.fonts.ready);
    expect(requests).toEqual([]);
    expect(sheets.filter((url) => url.includes('/fonts/'))).toEqual([]);
    expect(await page.locator('style').evaluateAll((els) => els.filter((el) => el.textContent?.includes('@font-face')).length)).toBe(0);
  });

  test('opening the language picker downloads no other script’s font', async ({ page }) => {
    const requests = fontRequests(page);
    await page.goto('/ko');
    await page.evaluate(() => document.fonts.ready);
    await page.locator('header summary').first().click();
    await expect(page.locator('header nav a[lang="my"]')).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    expect(requests.filter((path) => !path.startsWith('/fonts/files/noto-sans-kr-'))).toEqual([]);
  });
});
