import { test, expect, type Page } from '@playwright/test';

/**
 * The script policy allows only what Next.js itself wrote into a page: on a page rendered for the
 * request, the scripts carrying that request's nonce; on a prerendered page, the inline scripts
 * generated into it. Here an inline script is slipped into each kind of page on its way to the
 * browser (the policy header left as the server sent it): the browser refuses it, reports the
 * violation, and the page's own scripts still run (React's payload and the framework started).
 * The server's side of it, a script that reached the response without being generated, is
 * covered in tests/unit/csp.test.ts.
 */
const INJECTED = '<script>window.__injected = "ran"</script>';

async function openWithInjectedScript(page: Page, path: string) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  let policy = '';
  let prerendered = false;
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      const response = await route.fetch();
      policy = response.headers()['content-security-policy'] ?? '';
      prerendered = response.headers()['x-nextjs-prerender'] !== undefined;
      const html = await response.text();
      expect(html).toContain('</body>');
      await route.fulfill({ response, body: html.replace('</body>', `${INJECTED}</body>`) });
    },
  );
  await page.goto(path);
  // The framework started: its first inline script ran and its client runtime is up.
  await expect.poll(() => page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown[] }).__next_f))).toBe(true);
  await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version)).toBe('string');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.length)).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
  const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  expect(violations.every((violation) => violation.startsWith('script-src') && violation.endsWith('inline'))).toBe(true);
  // One refusal, the injected script's; none of the page's own.
  expect(consoleErrors.filter((error) => /Content Security Policy/.test(error))).toHaveLength(1);
  return { policy, prerendered };
}

test('an injected inline script is refused on a prerendered page, whose own scripts run', async ({ page }) => {
  const { policy, prerendered } = await openWithInjectedScript(page, '/km/centers');
  expect(prerendered).toBe(true);
  const scriptSources =
    policy
      .split(';')
      .find((directive) => directive.trim().startsWith('script-src'))
      ?.trim() ?? '';
  expect(scriptSources).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
  expect(scriptSources).not.toContain('unsafe-inline');
});

test('an injected inline script is refused on a page rendered for the request, whose own scripts carry its nonce', async ({ page }) => {
  const { policy, prerendered } = await openWithInjectedScript(page, '/km/account/sign-in');
  expect(prerendered).toBe(false);
  const scriptSources =
    policy
      .split(';')
      .find((directive) => directive.trim().startsWith('script-src'))
      ?.trim() ?? '';
  expect(scriptSources).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+'$/);
});

test('each response has a nonce of its own', async ({ request }) => {
  const nonceOf = async () => /'nonce-([^']+)'/.exec((await request.get('/en/account/sign-in')).headers()['content-security-policy'] ?? '')?.[1];
  const [first, second] = [await nonceOf(), await nonceOf()];
  expect(first).toBeTruthy();
  expect(second).toBeTruthy();
  expect(first).not.toBe(second);
});
