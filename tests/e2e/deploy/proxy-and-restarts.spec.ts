import http from 'node:http';
import { test, expect, type Page } from '@playwright/test';
import { httpGet, startNginx } from '@/deploy/stack';
import { chooseSteps, fillDetails } from '../support/consultations';
import { signInResident } from '../support/resident';
import { databaseScript, readConfirmForm, submit, type DatabaseCounts, type PostResult, type RaceForm } from '../../support/race-harness';
import { insertResident, query, startDeployment, type Deployment } from '../../support/deploy-harness';
import ko from '@/messages/ko.json';

/**
 * The production layout (deploy/, issue #13 "Operations and faults"): two `server.mjs` instances
 * on one PostgreSQL database and Redis, nginx in front, started as `npm run deploy:local` starts
 * them (deploy/stack.ts). Its own project after the browser tests (playwright.config.ts), on the
 * browser tests' build; ports 3171-3172 and nginx on 3180.
 */
test.describe.configure({ mode: 'serial' });

const PORTS = [3171, 3172];
const PROXY_PORT = 3180;
let deployment: Deployment;
const unique = () => Math.random().toString(36).slice(2, 8);

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(240_000);
  deployment = await startDeployment({ ports: PORTS, proxyPort: PROXY_PORT, runDir: testInfo.outputPath('deployment') });
});

test.afterAll(async () => {
  await deployment?.stop();
});

/** The instance nginx sent the page's last document request to (nginx's X-Upstream header). */
function trackUpstream(page: Page) {
  let last = '';
  page.on('response', (response) => {
    if (response.request().resourceType() === 'document' || response.request().method() === 'POST') last = response.headers()['x-upstream'] ?? last;
  });
  return () => last;
}

test('nginx caches a public page for as long as it says and never a personal page, nor a response that sets a cookie', async ({ browser }) => {
  // A sign-in by emailed code through nginx and a second nginx: over 30 s on a loaded machine.
  test.setTimeout(120_000);
  const { origin } = deployment;
  // A public page: stored at the first request, the second answered from the cache.
  await httpGet(`${origin}/en/centers`);
  const cached = await httpGet(`${origin}/en/centers`);
  expect(cached.status).toBe(200);
  expect(cached.headers['cache-control']).toMatch(/s-maxage=\d+/);
  expect(cached.headers['x-cache-status']).toBe('HIT');
  // The same page asked for with a session cookie goes to an instance, and is not stored.
  const withSession = await httpGet(`${origin}/en/centers`, { cookie: '__Host-resident-session=someone' });
  expect(withSession.headers['x-cache-status']).toBe('BYPASS');

  // A resident signed in through nginx sees their own requests; nobody else gets that page.
  const email = `deploy-${unique()}@deploy.test`;
  await insertResident(deployment.database.url, email, 'en');
  const context = await browser.newContext({ baseURL: origin });
  const page = await context.newPage();
  await signInResident(page, 'en', email);
  for (let i = 0; i < 2; i++) {
    const mine = await page.goto('/en/account');
    expect(mine?.status()).toBe(200);
    expect(mine?.headers()['x-cache-status']).toBe('BYPASS');
    await expect(page.getByText(email)).toBeVisible();
  }
  await context.close();
  for (let i = 0; i < 2; i++) {
    const anonymous = await httpGet(`${origin}/en/account`);
    expect(anonymous.headers['x-cache-status']).not.toBe('HIT');
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.location).toBe('/en/account/sign-in');
    expect(anonymous.body).not.toContain(email);
  }
  // A private, no-store page (the sign-in form) is fetched from an instance every time.
  for (let i = 0; i < 2; i++) {
    const signIn = await httpGet(`${origin}/en/account/sign-in`);
    expect(signIn.headers['cache-control']).toMatch(/private|no-store/);
    expect(signIn.headers['x-cache-status']).toBe('MISS');
  }

  // No portal page sets a cookie on a cacheable answer, so the rule is shown on the same
  // configuration (deploy/nginx.conf) in front of a server that does: public for 60 s, once
  // with a cookie. Only the answer without the cookie is served from the cache.
  let served = 0;
  const upstream = http.createServer((req, res) => {
    served++;
    res.setHeader('cache-control', 's-maxage=60');
    if (req.url === '/with-cookie') res.setHeader('set-cookie', `visitor=${served}; Path=/; HttpOnly`);
    res.end(`answer ${served}`);
  });
  await new Promise<void>((resolve) => upstream.listen(3173, '127.0.0.1', resolve));
  const proxy = await startNginx({ prefix: test.info().outputPath('cookie-nginx'), port: 3181, upstreamPorts: [3173] });
  try {
    for (const path of ['/public', '/with-cookie']) await httpGet(proxy.origin + path);
    expect((await httpGet(`${proxy.origin}/public`)).headers['x-cache-status']).toBe('HIT');
    const again = await httpGet(`${proxy.origin}/with-cookie`);
    expect(again.headers['x-cache-status']).not.toBe('HIT');
    expect(again.headers['set-cookie']?.[0]).toMatch(/^visitor=\d+/);
    expect(again.body).not.toBe((await httpGet(`${proxy.origin}/with-cookie`)).body);
  } finally {
    await proxy.stop();
    await new Promise((resolve) => upstream.close(resolve));
  }
});

test('a booking form open while the instance that served it restarts is submitted and booked (same server-action key and build)', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: deployment.origin });
  const page = await context.newPage();
  const upstreamOf = trackUpstream(page);
  await chooseSteps(page, 'ko', { topic: 'daily-life', language: 'ko', channel: 'VISIT' });
  const served = upstreamOf();
  const restarted = deployment.stack.instances.find((i) => served.endsWith(`:${i.port}`));
  expect(restarted, `nginx named the instance that served the details step (${served})`).toBeDefined();
  // A rolling restart: the instance that served the form first, then the other, one at a time,
  // so whichever nginx sends the submit to is a process that never saw the form.
  for (const instance of [restarted!, ...deployment.stack.instances.filter((i) => i !== restarted)]) {
    await instance.stop();
    await instance.start();
  }

  const email = `deploy-restart-${unique()}@deploy.test`;
  await fillDetails(page, { name: 'Restart Resident', email, problem: 'My landlord keeps my deposit.' });
  await expect(page.getByRole('heading', { level: 1, name: ko.Consultations.check.title })).toBeVisible();
  await page.getByRole('button', { name: ko.Consultations.check.confirm }).click();
  await expect(page.getByRole('heading', { level: 1, name: ko.Consultations.manage.bookedTitle })).toBeVisible();
  await context.close();

  const booked = await query<{ n: number }>(
    deployment.database.url,
    'SELECT count(*)::int AS n FROM "ConsultationBooking" b JOIN "Case" c ON c.id = b."caseId" JOIN "Resident" r ON r.id = c."residentId" WHERE r.email = $1',
    [email],
  );
  expect(booked[0]?.n).toBe(1);
});

test('an instance killed (SIGKILL) during 100 bookings through nginx: every booking answered as confirmed is there after restart, nothing half-written', async () => {
  test.setTimeout(240_000);
  const REQUESTS = 100;
  const url = deployment.database.url;
  const { slotId, draftIds } = await databaseScript<{ slotId: string; draftIds: string[] }>(url, ['arrange', String(REQUESTS), String(REQUESTS), 'ko']);
  const before = await databaseScript<DatabaseCounts>(url, ['count', slotId]);
  // One check page read as a browser reads it; the others differ only in their draft field.
  const first = await readConfirmForm(deployment.origin, 'ko', draftIds[0]!);
  const forms: RaceForm[] = draftIds.map((draftId) => {
    const url = new URL(first.url);
    if (url.searchParams.has('draft')) url.searchParams.set('draft', draftId);
    return { ...first, draftId, url: url.toString(), fields: first.fields.map(([name, value]) => [name, name === 'draft' ? draftId : value]) };
  });

  const victim = deployment.stack.instances[1]!;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
  let answered = 0;
  let killed: Promise<void> | null = null;
  const results: PostResult[] = await Promise.all(
    forms.map(async (form) => {
      const result = await submit(form, 'ko', agent);
      // The crash comes once a fifth of the bookings have been answered: mid-flow, not timed.
      if (++answered === REQUESTS / 5) killed = victim.kill();
      return result;
    }),
  );
  agent.destroy();
  await killed;
  expect(victim.running()).toBe(false);
  await victim.start();

  const confirmed = results.filter((r) => r.kind === 'booked');
  const unanswered = results.filter((r) => r.kind !== 'booked');
  console.log(`SIGKILL during ${REQUESTS} bookings: ${confirmed.length} confirmed, ${unanswered.length} not (${unanswered.map((r) => r.status).join(' ')})`);
  expect(confirmed.length).toBeGreaterThanOrEqual(REQUESTS / 5);
  // Nothing but a confirmation, a proxy's "bad gateway" or a dropped connection.
  for (const r of unanswered) expect([0, 502, 503, 504], `${r.status} ${r.location} ${r.body.slice(0, 200)}`).toContain(r.status);

  const after = await databaseScript<DatabaseCounts>(url, ['count', slotId]);
  const bookedDrafts = new Set(after.bookings.map((b) => b.draftId));
  for (const r of confirmed) expect(bookedDrafts.has(r.draftId), `confirmed booking of ${r.draftId}`).toBe(true);
  // Consistent: the slot's seat count is its bookings, each booking has its case, no case alone.
  expect(after.booked).toBe(after.bookings.length);
  expect(after.cases).toBe(after.bookings.length);
  expect(after.allConsultationCases - before.allConsultationCases).toBe(after.bookings.length);

  // Everyone who saw no answer presses the button again: booked once each (the same booking
  // when theirs had been written before the crash), and the slot counts exactly all of them.
  const retryAgent = new http.Agent({ keepAlive: true, maxSockets: 10 });
  const retried = await Promise.all(
    unanswered.map((r) =>
      submit(
        forms.find((f) => f.draftId === r.draftId)!,
        'ko',
        retryAgent,
      ),
    ),
  );
  retryAgent.destroy();
  expect(retried.filter((r) => r.kind !== 'booked').map((r) => `${r.status} ${r.body.slice(0, 120)}`)).toEqual([]);
  const final = await databaseScript<DatabaseCounts>(url, ['count', slotId]);
  expect(final.bookings).toHaveLength(REQUESTS);
  expect(final.booked).toBe(REQUESTS);
  expect(final.cases).toBe(REQUESTS);
  expect(final.allConsultationCases - before.allConsultationCases).toBe(REQUESTS);
});
