import { test, expect } from '../fixtures';
import { staffWithPassword } from '../support/accounts';
import { attempt, contextAt } from '../support/sign-in-attempts';

// A flood of 50 sign-ins: in the `race` project, after the browser tests, so it neither slows them
// nor is slowed by them (playwright.config.ts).
test('many failed sign-ins from one address are throttled across accounts', async ({ browser }) => {
  test.setTimeout(120_000);
  const email = 'throttle.address@e2e.test';
  const password = 'a kettle of hawks above the hill';
  await staffWithPassword(email, password);
  const page = await (await contextAt(browser, '198.51.100.30')).newPage();
  for (let i = 0; i < 50; i++) {
    await attempt(page, `nobody${i}@e2e.test`, 'whatever it is');
    await expect(page.locator('#field-email-error')).toBeVisible();
  }
  await attempt(page, email, password);
  await expect(page.locator('#field-email-error')).toContainText('Too many attempts');
});
