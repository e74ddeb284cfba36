import { test, expect } from '../fixtures';
import { withE2eDb } from '../support/db';
import { residentRow } from '../support/resident';

const codesSentTo = (email: string) => withE2eDb((db) => (db.prepare('SELECT COUNT(*) AS n FROM OutboxMessage WHERE "to" = ? AND template = \'residentSignInCode\'').get(email) as { n: number }).n);

/**
 * Every browser sends Origin with a form post. The resident sign-in form, posted as a browser
 * without JavaScript would, but without Origin, with "null" or from another site, is refused by
 * the server before the action runs: no code is sent. With the page's own origin it works.
 */
test('a form post without Origin, with a null Origin or from another site is refused before the action runs', async ({ page, playwright, baseURL }) => {
  const email = `forged.${Date.now()}@e2e.test`;
  residentRow(email, 'en');
  await page.goto('/en/account/sign-in');
  const fields = await page
    .locator('form:has(#field-email)')
    .evaluate((form) => Object.fromEntries([...form.querySelectorAll<HTMLInputElement>('input[type="hidden"]')].map((input) => [input.name, input.value])));
  const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': '198.18.250.7' } });
  const post = (headers: Record<string, string>) => client.post('/en/account/sign-in', { headers, multipart: { ...fields, email }, maxRedirects: 0 });

  for (const headers of [{}, { origin: 'null' }, { origin: 'https://evil.example' }] as Record<string, string>[]) {
    const response = await post(headers);
    expect(response.status(), JSON.stringify(headers)).toBe(403);
    expect(await response.text()).toContain('Reload the page and send it again.');
  }
  expect(codesSentTo(email)).toBe(0);

  expect((await post({ origin: new URL(baseURL!).origin })).status()).toBeLessThan(400);
  await expect.poll(() => codesSentTo(email)).toBe(1);
  await client.dispose();
});
