import { test, expect } from '../fixtures';
import { staffWithPassword } from '../support/accounts';
import { enrolTotp, signInWithPassword, totpCode } from '../support/staff';
import { attempt, contextAt } from '../support/sign-in-attempts';

test('wrong passwords are throttled per account and address; the real user elsewhere still gets in; a spoofed X-Forwarded-For changes nothing', async ({ browser }) => {
  const email = 'throttle.account@e2e.test';
  const password = 'seven silver spoons in a drawer';
  await staffWithPassword(email, password);

  const attacker = await (await contextAt(browser, '198.51.100.10')).newPage();
  for (let i = 0; i < 5; i++) {
    await attempt(attacker, email, 'wrong password guess');
    await expect(attacker.locator('#field-email-error')).toContainText('not right');
  }
  // Even the right password is refused from this address now.
  await attempt(attacker, email, password);
  await expect(attacker.locator('#field-email-error')).toContainText('Too many attempts');

  // Prepending another address (a client cannot reach past the proxy's own entry) does not reset the count.
  const spoofing = await (await contextAt(browser, '203.0.113.99, 198.51.100.10')).newPage();
  await attempt(spoofing, email, password);
  await expect(spoofing.locator('#field-email-error')).toContainText('Too many attempts');

  // The real user, from their own address, signs in.
  const user = await (await contextAt(browser, '198.51.100.20')).newPage();
  await attempt(user, email, password);
  await expect(user).toHaveURL(/\/admin\/security$/);
});

/** Password step from a fresh context at `address`; leaves the page on the code form. */
async function toSecondFactor(browser: import('@playwright/test').Browser, address: string, email: string, password: string) {
  const page = await (await contextAt(browser, address)).newPage();
  await signInWithPassword(page, email, password);
  await expect(page).toHaveURL(/\/admin\/sign-in\/verify/);
  return page;
}

async function submitCode(page: import('@playwright/test').Page, code: string) {
  await page.getByLabel(/Code from your authenticator app/).fill(code);
  await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: /^Sign in$/ }).click()]);
}

async function enrolledStaff(browser: import('@playwright/test').Browser, email: string, password: string) {
  await staffWithPassword(email, password);
  const page = await (await contextAt(browser, '198.51.100.40')).newPage();
  await signInWithPassword(page, email, password);
  return enrolTotp(page, password);
}

test('a TOTP code signs in once: the same code from another browser is refused', async ({ browser }) => {
  const email = 'throttle.totp-reuse@e2e.test';
  const password = 'orange lanterns along the river';
  const secret = await enrolledStaff(browser, email, password);
  const first = await toSecondFactor(browser, '198.51.100.41', email, password);
  const code = await totpCode(secret);
  await submitCode(first, code);
  await expect(first).toHaveURL(/\/admin$/);

  const replay = await toSecondFactor(browser, '198.51.100.42', email, password);
  await submitCode(replay, code);
  await expect(replay.locator('#field-code-error')).toContainText('not right');
  await expect(replay).toHaveURL(/\/admin\/sign-in\/verify/);
});

test('wrong TOTP codes from six addresses stop the account’s second factor, even with the right code', async ({ browser }) => {
  test.setTimeout(120_000);
  const email = 'throttle.totp-account@e2e.test';
  const password = 'a heron standing in the paddy';
  const secret = await enrolledStaff(browser, email, password);
  const right = await totpCode(secret);
  const wrong = right === '000000' ? '111111' : '000000';
  for (let i = 0; i < 5; i++) {
    const page = await toSecondFactor(browser, `198.51.100.${50 + i}`, email, password);
    await submitCode(page, wrong);
    await expect(page.locator('#field-code-error')).toContainText('not right');
  }
  const sixth = await toSecondFactor(browser, '198.51.100.56', email, password);
  await submitCode(sixth, await totpCode(secret));
  await expect(sixth.locator('#field-code-error')).toContainText('Too many attempts');
  await expect(sixth).toHaveURL(/\/admin\/sign-in\/verify/);
});
