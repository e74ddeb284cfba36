import { test, expect } from '@playwright/test';
import { httpGet, instance, migrate, type Instance } from '@/deploy/stack';
import { chooseSteps, fillDetails } from '../support/consultations';
import { signInResident } from '../support/resident';
import { expectNoAxeViolations } from '../support/axe';
import { insertResident, ownPostgres, productionEnv, query, type OwnPostgres } from '../../support/deploy-harness';
import en from '@/messages/en.json';
import urCatalog from '@/messages/ur.json';

const ur = urCatalog as unknown as typeof en;

/**
 * PostgreSQL goes away mid-flow (SECURITY 27). A PostgreSQL server of the test's own (port 5499,
 * initdb in a temporary folder), so stopping it never touches the shared one on 5432; one
 * instance on it (port 3175). The reader gets the localised error page, with JavaScript and
 * without; sign-in fails closed; the draft saved before is there when the database is back.
 */
test.describe.configure({ mode: 'serial' });

let postgres: OwnPostgres | undefined;
let portal: Instance | undefined;

test.afterAll(async () => {
  await portal?.stop();
  await postgres?.remove();
});

test('the database stopped mid-booking: a localised error page (JavaScript or not), sign-in fails closed, and the saved draft is there when it is back', async ({ browser }, testInfo) => {
  // initdb, migrations and seed, a Next server starting: minutes on a loaded 2-core machine.
  test.setTimeout(360_000);
  postgres = await ownPostgres(5499);
  await query(postgres.url('postgres'), 'CREATE DATABASE portal');
  const databaseUrl = postgres.url('portal');
  await migrate(databaseUrl);
  portal = instance({ name: 'instance on its own PostgreSQL', port: 3175, env: { ...productionEnv(databaseUrl), SITE_URL: 'http://127.0.0.1:3175' }, logFile: testInfo.outputPath('instance.log') });
  await portal.start();

  const email = `deploy-down-${Math.random().toString(36).slice(2, 8)}@deploy.test`;
  await insertResident(databaseUrl, email, 'en');
  const context = await browser.newContext({ baseURL: portal.origin });
  const page = await context.newPage();
  await signInResident(page, 'en', email);
  // A booking draft: the details step saved, the check page open.
  await chooseSteps(page, 'en', { topic: 'daily-life', language: 'ko', channel: 'VISIT' });
  await fillDetails(page, { name: 'Kept Draft Resident', email, problem: 'My visa renewal letter did not arrive.' });
  await expect(page.getByRole('heading', { level: 1, name: en.Consultations.check.title })).toBeVisible();
  const checkUrl = page.url();
  expect(new URL(checkUrl).searchParams.get('draft')).toBeTruthy();

  await postgres.stop();

  // With JavaScript: the next page is the error page, in English, with what to do next.
  const failed = await page.goto(checkUrl);
  expect(failed?.status()).toBe(500);
  await expect(page.getByRole('heading', { level: 1, name: en.Error.title })).toBeVisible();
  await expect(page.getByText(en.Error.body)).toBeVisible();
  await expect(page.getByRole('link', { name: en.Error.retry })).toHaveAttribute('href', new URL(checkUrl).pathname + new URL(checkUrl).search);
  await expect(page.getByRole('link', { name: en.NotFound.centers })).toBeVisible();
  await expectNoAxeViolations(page, 'database down');
  // Signed in before the outage: "my requests" fails closed, the error page and nothing of theirs.
  await page.goto('/en/account');
  await expect(page.getByRole('heading', { level: 1, name: en.Error.title })).toBeVisible();
  await expect(page.getByText(email)).toHaveCount(0);

  // Without JavaScript: the same content, not an empty body; sign-in cannot start.
  const noScript = await browser.newContext({ baseURL: portal.origin, javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(checkUrl);
  await expect(plain.getByRole('heading', { level: 1, name: en.Error.title })).toBeVisible();
  await expect(plain.getByText(en.Error.body)).toBeVisible();
  const signIn = await plain.goto('/en/account/sign-in');
  expect(signIn?.status()).toBe(500);
  await expect(plain.getByRole('heading', { level: 1, name: en.Error.title })).toBeVisible();
  await expect(plain.locator('#field-email')).toHaveCount(0);
  expect((await noScript.cookies()).filter((c) => c.name.includes('session'))).toEqual([]);
  await noScript.close();
  // Urdu: right to left, in Urdu.
  const urdu = await httpGet(`${portal.origin}/ur/consultations/book/check${new URL(checkUrl).search}`);
  expect(urdu.status).toBe(500);
  expect(urdu.body).toContain('<html lang="ur" dir="rtl">');
  expect(urdu.body).toContain(ur.Error.title);
  // Readiness says so (a load balancer takes the instance out); liveness does not.
  expect((await httpGet(`${portal.origin}/api/health/ready`)).status).toBe(503);
  expect((await httpGet(`${portal.origin}/api/health/live`)).status).toBe(200);

  // The database is back: the check page shows the draft as it was saved.
  await postgres.start();
  await page.goto(checkUrl);
  await expect(page.getByRole('heading', { level: 1, name: en.Consultations.check.title })).toBeVisible();
  await expect(page.getByText('Kept Draft Resident')).toBeVisible();
  await expect(page.getByText('My visa renewal letter did not arrive.')).toBeVisible();
  await context.close();
});
