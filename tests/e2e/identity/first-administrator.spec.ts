import crypto from 'node:crypto';
import type { Browser } from '@playwright/test';
import { test, expect } from '../fixtures';
import { staffWithPassword } from '../support/accounts';
import { enrolTotp, firstAdministratorPage, signInWithPassword, testAddress } from '../support/staff';
import en from '@/messages/en.json';

const a = en.Admin;

// Each test signs someone in from scratch (password hashing, two-step enrolment): 60 s, as in counsellor-day.
test.describe.configure({ timeout: 60_000 });

/**
 * The README's "First administrator" path on a new installation: invited from the command line
 * (scripts/e2e-server.mjs runs `staff:invite-admin`), password and two-step sign-in (the setup
 * project), then from the menu to the staff form, the consultation hours and the day list.
 */
test('the first administrator reaches staff, consultation hours and the day list from the menu', async ({ browser }) => {
  const { context, page } = await firstAdministratorPage(browser, '198.19.2.1');
  await page.getByLabel(/^(Language|언어)$/).selectOption('en');
  await page.getByRole('button', { name: /^(Change|변경)$/ }).click();
  const menu = page.getByRole('navigation', { name: a.nav.label });

  // 1. Staff: each role says what it allows, where it is chosen.
  await menu.getByRole('link', { name: a.nav.staff, exact: true }).click();
  const roles = page.getByRole('group', { name: a.staff.roles });
  await expect(roles).toContainText(a.staff.rolesHint);
  for (const role of ['administrator', 'supervisor', 'counsellor', 'caseworker', 'class_coordinator', 'editor'] as const) {
    // By value: a role's name can appear in another role's description ("…than a supervisor…").
    const box = roles.locator(`input[type="checkbox"][value="${role}"]`);
    await expect(box).toHaveAccessibleName(new RegExp(`^${a.roles[role]}`));
    await expect(box).toHaveAccessibleDescription(a.roleDescriptions[role]);
  }

  // 2. Consultation hours, 3. the day list: both in the menu, both open.
  await menu.getByRole('link', { name: a.nav.schedules }).click();
  await expect(page).toHaveURL(/\/admin\/consultations\/schedules$/);
  await menu.getByRole('link', { name: a.nav.consultations, exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/consultations$/);
  await expect(page.getByRole('heading', { level: 1, name: a.consultations.title })).toBeVisible();
  await context.close();
});

async function signedIn(browser: Browser, roles: string[]) {
  const email = `${roles[0]}.${crypto.randomBytes(4).toString('hex')}@e2e.test`;
  const password = 'slow boats along the river';
  await staffWithPassword(email, password, roles);
  const context = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'x-forwarded-for': testAddress(email) } });
  const page = await context.newPage();
  await signInWithPassword(page, email, password);
  await enrolTotp(page, password);
  return { context, page };
}

test('a refused page names the missing permission, the roles that include it and who gives them', async ({ browser }) => {
  const { context, page } = await signedIn(browser, ['editor']);
  const response = await page.goto('/admin/consultations');
  expect(response?.status()).toBe(403);
  // Inside the staff area, in the person's language (English here), with the menu still there.
  const main = page.locator('main');
  await expect(main.getByRole('heading', { level: 1, name: a.forbidden.title })).toBeVisible();
  const roles = new Intl.ListFormat('en', { type: 'disjunction' }).format([a.roles.administrator, a.roles.counsellor, a.roles.supervisor]);
  await expect(main).toContainText(a.forbidden.missing.replace('{permission}', 'consultations:manage').replace('{roles}', roles));
  await expect(main).toContainText(a.forbidden.askAdministrator);
  await expect(main.getByRole('link', { name: a.forbidden.staffPage })).toHaveAttribute('href', '/admin/staff');
  // Another part names its own permission.
  expect((await page.goto('/admin/staff'))?.status()).toBe(403);
  await expect(main).toContainText(a.forbidden.missing.replace('{permission}', 'staff:manage').replace('{roles}', a.roles.administrator));
  // No menu entry for what the person cannot open.
  await page.goto('/admin');
  await expect(page.getByRole('navigation', { name: a.nav.label }).getByRole('link', { name: a.nav.consultations, exact: true })).toHaveCount(0);
  await context.close();
});
