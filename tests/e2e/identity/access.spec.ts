import { test, expect } from '../fixtures';
import { completeSecondFactor, readAdmin, signInWithPassword } from '../support/staff';
import { staffCount } from '../support/accounts';
import type { APIRequestContext, Browser } from '@playwright/test';

const protectedStaffPages = ['/admin', '/admin/staff', '/admin/audit', '/admin/mail', '/admin/security'];

/** The server action id of the invitation form, as an administrator's browser receives it. */
async function inviteActionId(browser: Browser): Promise<string> {
  const admin = readAdmin();
  const context = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.61' } });
  const page = await context.newPage();
  await signInWithPassword(page, admin.email, admin.password);
  await completeSecondFactor(page, admin.secret);
  await page.goto('/admin/staff');
  const html = await page.content();
  await context.close();
  const id = html.match(/name="\$ACTION_ID_([0-9a-f]+)"/)?.[1];
  expect(id, 'the invite form carries its action id').toBeTruthy();
  return id!;
}

/** Replays the invitation action with our own fields, as a script would. */
function replayInvite(request: APIRequestContext, actionId: string, email: string, headers: Record<string, string> = {}) {
  return request.post('/admin/staff', {
    headers: { 'next-action': actionId, ...headers },
    multipart: { [`$ACTION_ID_${actionId}`]: '', name: 'Intruder', email, roles: 'administrator', locale: 'en', languages: 'en' },
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
        const body = await response.text();
        expect([303, 307, 308], `${path} ${label}`).toContain(response.status());
        expect(response.headers().location, `${path} ${label}`).toMatch(/\/admin\/sign-in/);
        expect(body, `${path} ${label}`).not.toContain('@e2e.test');
      }
      for (const suffix of ['.rsc', '.segments/_tree.segment.rsc', '/index.rsc']) {
        const response = await request.get(`${path}${suffix}`, { maxRedirects: 0 });
        expect(await response.text(), `${path}${suffix}`).not.toContain('@e2e.test');
        expect(response.status(), `${path}${suffix}`).not.toBe(200);
      }
    }
  });

  test('the invitation action replayed anonymously, by a counsellor, by a resident or cross-site creates nothing', async ({ browser, playwright, baseURL }) => {
    const actionId = await inviteActionId(browser);

    const anonymous = await playwright.request.newContext({ baseURL });
    expect((await replayInvite(anonymous, actionId, 'anon.intruder@e2e.test')).status()).toBeLessThan(500);
    expect(staffCount('anon.intruder@e2e.test')).toBe(0);

    // A foreign Origin is refused before any code runs.
    const crossSite = await replayInvite(anonymous, actionId, 'cross.intruder@e2e.test', { origin: 'https://evil.example' });
    expect(crossSite.status()).toBeGreaterThanOrEqual(400);
    const nullOrigin = await replayInvite(anonymous, actionId, 'null.intruder@e2e.test', { origin: 'null' });
    expect(nullOrigin.status()).toBeGreaterThanOrEqual(400);
    expect(staffCount('cross.intruder@e2e.test') + staffCount('null.intruder@e2e.test')).toBe(0);
  });

  test('a signed-in counsellor cannot call the invitation action or open staff management', async ({ browser, baseURL }) => {
    const { staffWithPassword } = await import('../support/accounts');
    const actionId = await inviteActionId(browser);
    const email = 'limited.counsellor@e2e.test';
    const password = 'ten quiet owls on a wire';
    await staffWithPassword(email, password, ['counsellor']);
    const context = await browser.newContext({ baseURL, locale: 'en-GB', extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.62' } });
    const page = await context.newPage();
    await signInWithPassword(page, email, password);
    await expect(page).toHaveURL(/\/admin\/security$/);
    // Without a second factor enrolled, nothing beyond enrolment opens.
    expect((await page.goto('/admin/staff'))?.url()).toMatch(/\/admin\/security$/);
    const response = await replayInvite(context.request, actionId, 'counsellor.intruder@e2e.test');
    expect(response.status()).toBeLessThan(500);
    expect(staffCount('counsellor.intruder@e2e.test')).toBe(0);
    await context.close();
  });
});
