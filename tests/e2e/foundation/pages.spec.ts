import { test, expect } from '../fixtures';

test.describe('home', () => {
  test('shows the services, the urgent notice and how to reach the centres', async ({ page }) => {
    await page.goto('/vi');
    await expect(page.getByRole('main').getByRole('alert')).toContainText('Cảnh báo bão');
    await expect(page.getByRole('heading', { level: 2, name: /dịch vụ/i })).toBeVisible();
    await expect(page.locator('#services li')).toHaveCount(4);
    await expect(page.getByRole('link', { name: /\+82-31-481-3745/ }).first()).toHaveAttribute('href', 'tel:+82314813745');
  });

  test('says when a notice is shown in another language', async ({ page }) => {
    await page.goto('/km');
    const notice = page.getByRole('main').getByRole('alert');
    await expect(notice).toContainText('Typhoon warning');
    await expect(notice.locator('[lang="en"]').first()).toBeVisible();
  });
});

test.describe('centres', () => {
  test('lists the six centres with hours, languages, address and phone, from the database', async ({ page }) => {
    await page.goto('/en/centers');
    const centres = page.getByRole('article');
    await expect(centres).toHaveCount(6);
    const consultation = page.getByRole('article', { name: 'Foreign Residents Consultation Center' });
    await expect(consultation).toContainText('Sunday');
    await expect(consultation).toContainText('16 languages');
    await expect(consultation).toContainText('Vietnamese');
    await expect(consultation).toContainText('Wongok-dong');
    await expect(page.getByText('Korean Standard Time')).toBeVisible();
  });

  test('Khmer readers see Khmer names and an honest note where a text is in English', async ({ page }) => {
    await page.goto('/km/centers');
    await expect(page.locator('h2[id$="-heading"]').first()).not.toHaveText(/Center/);
    await expect(page.locator('article [lang="en"]').first()).toBeVisible();
  });
});

test.describe('layout', () => {
  test('Urdu mirrors the layout', async ({ page }) => {
    await page.goto('/ur/centers');
    const direction = await page.locator('main').evaluate((el) => getComputedStyle(el).direction);
    expect(direction).toBe('rtl');
    // The language picker sits at the visual start of the header: right in RTL.
    const header = await page.locator('header[role="banner"]').boundingBox();
    const picker = await page.locator('summary').first().boundingBox();
    expect(picker!.x).toBeLessThan(header!.width / 2);
  });

  test('fits a 320 px phone without sideways scrolling', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of ['/my', '/my/centers', '/ur', '/ru/centers']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  test('the text-size control enlarges text and is remembered', async ({ page }) => {
    await page.goto('/en');
    const before = await page.locator('main h1').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await page.getByRole('button', { name: 'Larger text' }).click();
    await expect(page.getByRole('button', { name: 'Larger text' })).toHaveAttribute('aria-pressed', 'true');
    const after = await page.locator('main h1').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(after).toBeGreaterThan(before * 1.2);
    await page.goto('/en/centers');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
  });

  test('pages work without JavaScript, language picker included', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/centers');
    await page.locator('summary', { hasText: 'Language' }).click();
    await page.getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(/\/ru\/centers$/);
    await expect(page.getByRole('article')).toHaveCount(6);
    await context.close();
  });

  test('a keyboard user can skip to the content', async ({ page }) => {
    await page.goto('/en');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });
});

test('public pages are served prerendered from the cache, not rendered per request', async ({ request }) => {
  for (const path of ['/en', '/ur/centers', '/en/consultations', '/my/consultations/book/topic']) {
    const response = await request.get(path);
    expect(response.headers()['cache-control'], path).toMatch(/s-maxage=\d+/);
    expect(response.headers()['x-nextjs-prerender'], path).toMatch(/^1(, 1)?$/);
  }
});

test('every page carries the security headers and a script policy without unsafe-inline', async ({ request }) => {
  for (const path of ['/en', '/en/account/sign-in', '/admin/sign-in', '/api/health']) {
    const headers = (await request.get(path)).headers();
    expect(headers['strict-transport-security'], path).toContain('max-age=31536000');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    if (path !== '/api/health') {
      const csp = headers['content-security-policy'] ?? '';
      // A nonce for the scripts of a page rendered for the request, and the hashes of the scripts
      // generated into a prerendered one (tests/e2e/hardening/content-security-policy.spec.ts).
      expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'( 'sha256-[A-Za-z0-9+/=]+')*;/);
      expect(
        csp.split(';').find((d) => d.trim().startsWith('script-src')),
        path,
      ).not.toContain('unsafe-inline');
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(csp, path).toContain("base-uri 'none'");
    }
  }
});

test('the health check reports the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok', database: { ok: true, kind: 'sqlite' } });
});
