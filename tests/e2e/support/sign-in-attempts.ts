import type { Browser, Page } from '@playwright/test';

/**
 * The e2e server trusts 127.0.0.1 as its reverse proxy, so each context's X-Forwarded-For is the
 * client address the portal sees, as behind a real proxy.
 */
export async function attempt(page: Page, email: string, password: string) {
  await page.goto('/admin/sign-in');
  await page.locator('#field-email').fill(email);
  await page.locator('#field-password').fill(password);
  // Wait for the server's answer: an error left from the last try must not pass for the next.
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page
      .locator('form button[type="submit"]')
      .filter({ hasText: /Continue|계속/ })
      .click(),
  ]);
}

export const contextAt = (browser: Browser, forwardedFor: string) => browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'x-forwarded-for': forwardedFor } });
