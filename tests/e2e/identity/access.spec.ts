import { test, expect } from '../fixtures';
import { signedInStaff, signInWithPassword } from '../support/staff';
import { staffCount } from '../support/accounts';
import type { APIRequestContext, Browser } from '@playwright/test';

const protectedStaffPages = ['/admin', '/admin/staff', '/admin/audit', '/admin/mail', '/admin/security'];

/**
 * The hidden fields of the invitation form as an administrator's browser receives them: what a
 * browser without JavaScript posts to run the server action.
 */
async function inviteActionFields(browser: Browser): Promise<Record<string, string>> {
  const { context, page } = await signedInStaff(browser, ['administrator']);
  await page.goto('/admin/staff');
  const fields = await page
    .locator('form:has(#field-email)')
    .evaluate((form) => Object.fromEntries([...form.querySelectorAll<HTMLInputElement>('input[type="hidden"]')].map((input) => [input.name, input.value])));
  await context.close();
  expect(
    Object.keys(fields).some((name) => name.startsWith('$ACTION')),
    'the invite form carries its action',
  ).toBe(true);
  return fields;
}

/** Replays the invitation action with our own fields, as a browser without JavaScript would. */
function replayInvite(request: APIRequestContext, actionFields: Record<string, string>, email: string, headers: Record<string, string> = {}) {
  // With our own Origin unless told otherwise, so the action's own checks are what is tested
  // (the server refuses a write without Origin before the action: hardening/forged-writes.spec.ts).
  return request.post('/admin/staff', {
    headers: { origin: `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`, ...headers },
    multipart: { ...actionFields, name: 'Intruder', email, roles: 'administrator', locale: 'en', languages: 'en' },
    maxRedirects: 0,
  });
}

test.describe('access control', () => {
  test('staff pages send an anonymous visitor to sign-in and show no data, whatever headers or suffixes are tried', async ({ request }) => {
    for (const path of protectedStaffPages) {
      for (const [label, options] of [
        ['plain', {}],
        ['x-middleware-subrequest', { headers: { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' } }],
        ['RSC request', { headers: { rsc: '1', 'next-router-state-tree': '%5B%22%22%5D' } }],
        ['segment prefetch', { headers: { rsc: '1', 'next-router-prefetch': '1', 'next-router-segment-prefetch': '/_tree' } }],
      ] as const) {
        const response = await request.get(path, { ...options, maxRedirects: 0 });
        expect([303, 307, 308], `${path} ${label}`).toContain(response.status());
        // Next answers a bare RSC request with a redirect to a cache-busting URL; follow it.
        const landed = await request.get(path, options);
        const body = await landed.text();
        expect(body, `${path} ${label}`).not.toContain('@e2e.test');
        expect(body, `${path} ${label}`).not.toMatch(/Invite a colleague|Audit log|Sent messages/);
      }
      for (const suffix of ['.rsc', '.segments/_tree.segment.rsc', '/index.rsc']) {
        const body = await (await request.get(`${path}${suffix}`)).text();
        expect(body, `${path}${suffix}`).not.toContain('@e2e.test');
        expect(body, `${path}${suffix}`).not.toMatch(/Invite a colleague|Audit log|Sent messages|Welcome, /);
      }
    }
  });

  test('the invitation action replayed anonymously, by a counsellor, by a resident or cross-site creates nothing', async ({ browser, playwright, baseURL }) => {
    const actionFields = await inviteActionFields(browser);

    const anonymous = await playwright.request.newContext({ baseURL });
    expect((await replayInvite(anonymous, actionFields, 'anon.intruder@e2e.test')).status()).toBeLessThan(500);
    expect(staffCount('anon.intruder@e2e.test')).toBe(0);

    // A foreign Origin is refused before any code runs.
    const crossSite = await replayInvite(anonymous, actionFields, 'cross.intruder@e2e.test', { origin: 'https://evil.example' });
    expect(crossSite.status()).toBeGreaterThanOrEqual(400);
    const nullOrigin = await replayInvite(anonymous, actionFields, 'null.intruder@e2e.test', { origin: 'null' });
    expect(nullOrigin.status()).toBeGreaterThanOrEqual(400);
    expect(staffCount('cross.intruder@e2e.test') + staffCount('null.intruder@e2e.test')).toBe(0);
  });

  test('a signed-in counsellor cannot call the invitation action or open staff management', async ({ browser, baseURL }) => {
    const { staffWithPassword } = await import('../support/accounts');
    const actionFields = await inviteActionFields(browser);
    const email = 'limited.counsellor@e2e.test';
    const password = 'ten quiet owls on a wire';
    await staffWithPassword(email, password, ['counsellor']);
    const context = await browser.newContext({ baseURL, locale: 'en-GB', extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.62' } });
    const page = await context.newPage();
    await signInWithPassword(page, email, password);
    await expect(page).toHaveURL(/\/admin\/security$/);
    // Without a second factor enrolled, nothing beyond enrolment opens.
    expect((await page.goto('/admin/staff'))?.url()).toMatch(/\/admin\/security$/);
    const response = await replayInvite(context.request, actionFields, 'counsellor.intruder@e2e.test');
    expect(response.status()).toBeLessThan(500);
    expect(staffCount('counsellor.intruder@e2e.test')).toBe(0);
    await context.close();
  });
});

test('the audit export refuses anonymous, cross-site and reason-less requests', async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  expect((await request.post('/admin/audit/export', { headers: { origin }, form: { reason: 'a good reason here' } })).status()).toBe(401);
  expect((await request.post('/admin/audit/export', { headers: { origin: 'https://evil.example' }, form: { reason: 'a good reason here' } })).status()).toBe(403);
  expect((await request.post('/admin/audit/export', { form: { reason: 'a good reason here' } })).status()).toBe(403);
});

test('changing or disabling a staff account, replayed without the permission, changes nothing', async ({ browser, playwright, baseURL }) => {
  const { staffWithPassword } = await import('../support/accounts');
  const { withE2eDb } = await import('../support/db');
  const targetId = await staffWithPassword('target.of.replay@e2e.test', 'lanterns float on the river', ['editor']);

  // The forms as an administrator's browser receives them.
  const { context: adminContext, page: adminPage } = await signedInStaff(browser, ['administrator']);
  await adminPage.goto(`/admin/staff/${targetId}`);
  const hiddenFields = (selector: string) =>
    adminPage.locator(selector).evaluate((form) => Object.fromEntries([...form.querySelectorAll<HTMLInputElement>('input[type="hidden"]')].map((i) => [i.name, i.value])));
  const updateFields = await hiddenFields('form:has(#field-name)');
  const disableFields = await hiddenFields('form:has(input[name="active"])');
  await adminContext.close();

  const counsellorEmail = 'replaying.counsellor@e2e.test';
  await staffWithPassword(counsellorEmail, 'ten thousand paper cranes', ['counsellor']);
  const counsellor = await browser.newContext({ baseURL, locale: 'en-GB', extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.64' } });
  const page = await counsellor.newPage();
  await signInWithPassword(page, counsellorEmail, 'ten thousand paper cranes');
  await expect(page).toHaveURL(/\/admin\/security$/);

  for (const client of [await playwright.request.newContext({ baseURL }), counsellor.request]) {
    const headers = { origin: new URL(baseURL!).origin };
    await client.post(`/admin/staff/${targetId}`, { headers, multipart: { ...updateFields, name: 'Renamed', roles: 'administrator', locale: 'en' }, maxRedirects: 0 });
    await client.post(`/admin/staff/${targetId}`, { headers, multipart: { ...disableFields }, maxRedirects: 0 });
  }
  const target = withE2eDb((db) => db.prepare('SELECT name, roles, active FROM StaffUser WHERE id = ?').get(targetId) as { name: string; roles: string; active: number });
  expect(target).toEqual({ name: 'Staff target.of.replay@e2e.test', roles: '["editor"]', active: 1 });
  await counsellor.close();
});
