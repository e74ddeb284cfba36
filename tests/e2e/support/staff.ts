import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createOTP } from '@better-auth/utils/otp';
import { base32 } from '@better-auth/utils/base32';
import { expect, type Browser, type Page } from '@playwright/test';
import { staffSession } from './accounts';

/** A TOTP code as an authenticator app shows it now, from the base32 key the page displays. */
export const totpCode = (key: string) => createOTP(new TextDecoder().decode(base32.decode(key))).totp();

/** Each test signs in from its own address, so throttling counters of one test never touch another. */
let counter = 0;
export function testAddress(seed: string) {
  const n = [...seed].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 200;
  counter = (counter + 1) % 50;
  return `198.18.${n}.${10 + counter}`;
}

export async function setPasswordFromInvitation(page: Page, invitation: URL, password: string) {
  await page.goto(invitation.pathname + invitation.search);
  await page.getByLabel(/New password|새 비밀번호/).fill(password);
  await page.getByRole('button', { name: /Set password|비밀번호 설정/ }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in\?passwordSet=1/);
}

export async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto('/admin/sign-in');
  await page.getByLabel(/Work email address|업무용 이메일 주소/).fill(email);
  await page.getByLabel(/^Password$|^비밀번호$/).fill(password);
  await page.getByRole('button', { name: /Continue|계속/ }).click();
}

/** Enrols TOTP on the security page; returns the key, as a person would copy it into their app. */
export async function enrolTotp(page: Page, password: string): Promise<string> {
  // The password check (argon2) can take several seconds on a busy 2-core machine.
  await expect(page).toHaveURL(/\/admin\/security/, { timeout: 20_000 });
  await page.getByLabel(/Your password|^비밀번호$/).fill(password);
  await page.getByRole('button', { name: /Continue|계속/ }).click();
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await page.getByLabel(/Code from your authenticator app|인증 앱에 표시된 코드/).fill(await totpCode(secret));
  await page.getByRole('button', { name: /Turn on two-step sign-in|2단계 인증 켜기/ }).click();
  await expect(page.getByRole('heading', { name: /Your recovery codes|복구 코드/ })).toBeVisible();
  return secret;
}

/**
 * Enters the app's current code once. A code's 30-second step is accepted once per account, so
 * tests never share an account's second factor: each signs in a staff member of its own
 * (`signedInStaff`), or reuses the first administrator's session (`firstAdministratorPage`).
 */
export async function completeSecondFactor(page: Page, secret: string) {
  await expect(page).toHaveURL(/\/admin\/sign-in\/verify/);
  await page.getByLabel(/Code from your authenticator app|인증 앱에 표시된 코드/).fill(await totpCode(secret));
  await page.getByRole('button', { name: /^Sign in$|^로그인$/ }).click();
  await expect(page).toHaveURL(/\/admin$/, { timeout: 20_000 });
}

/**
 * A staff member with the given roles, signed in with two-step sign-in enrolled, in English, on
 * the staff home page. The session is made the way a completed sign-in leaves it (a session row,
 * its signed cookie, an enrolled second factor), not through the sign-in pages: those are tested
 * where sign-in is the subject (the setup project, staff-onboarding, sessions and throttling
 * specs), and walking them again for every other test cost each one a password hash and four page
 * loads on a 2-core machine.
 */
export async function signedInStaff(browser: Browser, roles: string[]) {
  const email = `${roles[0]}.${crypto.randomBytes(4).toString('hex')}@e2e.test`;
  const { id, cookie } = await staffSession(email, roles);
  // As a saved browser state, the way the first administrator's session is reused: Chromium takes a
  // Secure cookie for 127.0.0.1 from a state file, where adding it for an http:// URL is refused.
  const storageState = { cookies: [{ ...cookie, domain: '127.0.0.1', path: '/', expires: -1 }], origins: [] };
  const context = await browser.newContext({ locale: 'en-GB', storageState, extraHTTPHeaders: { 'x-forwarded-for': testAddress(email) } });
  const page = await context.newPage();
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin$/);
  return { id, email, name: `Staff ${email}`, context, page };
}

/** The administrator enrolled by the setup project, shared by the tests that need one. */
export const adminFile = path.join(process.cwd(), 'data', `e2e-admin${process.env.E2E_TAG ?? ''}.json`);
/** The first administrator's signed-in browser state, saved by the setup project. */
export const adminSessionFile = path.join(process.cwd(), 'data', `e2e-admin-session${process.env.E2E_TAG ?? ''}.json`);
export type AdminCredentials = { email: string; password: string; secret: string };
export const readAdmin = (): AdminCredentials => JSON.parse(fs.readFileSync(adminFile, 'utf8'));

/** The first administrator, already signed in by the setup project: no second code is needed. */
export async function firstAdministratorPage(browser: Browser, address: string) {
  const context = await browser.newContext({ locale: 'en-GB', storageState: adminSessionFile, extraHTTPHeaders: { 'x-forwarded-for': address } });
  const page = await context.newPage();
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin$/);
  return { context, page };
}
