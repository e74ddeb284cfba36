// The booking race, shared by the end-to-end test (tests/e2e/consultations/booking-race.spec.ts)
// and the benchmark (bench/booking-race.mjs): a fresh database, two production server processes
// on it, one draft per request for ONE slot, and every request confirmed over HTTP exactly as a
// browser without JavaScript does it (GET the "check your answers" page, POST its form's fields).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import pg from 'pg';
import { pgPoolConfig } from '@/lib/db/config';

const run = promisify(execFile);
// The repository root: Playwright and the benchmark both run from it.
const root = process.cwd();
const tsxCli = createRequire(path.join(root, 'package.json')).resolve('tsx/cli');

/** The e2e server's secret (scripts/e2e-server.mjs): both processes must sign manage links alike. */
export const RACE_AUTH_SECRET = 'e2e-only-secret-not-for-production-0123456789';

export type DatabaseKind = 'sqlite' | 'postgres';

export type RaceOptions = {
  kind: DatabaseKind;
  /** Names the SQLite file (data/<name>_<run>.db) or the PostgreSQL database (portal_<name>_<run>_<checkout>). */
  name: string;
  /** The production build to serve: .next-e2e for the test, .next-bench for the benchmark. */
  distDir: string;
  logDir: string;
  requests?: number;
  capacity?: number;
  locale?: string;
  instances?: number;
};

export type RaceForm = { draftId: string; origin: string; url: string; enctype: string; fields: [string, string][] };

export type PostResult = {
  draftId: string;
  origin: string;
  status: number;
  location: string | null;
  /** The start of the body when the answer was not a redirect, to show what went wrong. */
  body: string;
  ms: number;
  kind: 'booked' | 'full' | 'other';
};

export type RaceOutcome = {
  results: PostResult[];
  wallMs: number;
  booked: PostResult[];
  full: PostResult[];
  other: PostResult[];
  p50: number;
  p99: number;
};

export type DatabaseCounts = {
  booked: number;
  capacity: number;
  bookings: { id: string; caseId: string; draftId: string | null; linkVersion: number }[];
  cases: number;
  allBookings: number;
  allConsultationCases: number;
};

// ---------------------------------------------------------------------------------------------
// Databases

export type RaceDatabase = { url: string; drop: () => Promise<void> };

/** Named after the checkout, as the integration tests' databases are, so two checkouts can share a server. */
const checkoutId = () => crypto.createHash('sha256').update(root).digest('hex').slice(0, 10);

/**
 * PostgreSQL is not optional here: the race must be shown on both databases, so a missing
 * TEST_POSTGRES_URL fails the run with this message instead of quietly testing SQLite alone.
 */
export function postgresAdminUrl(): string {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) {
    throw new Error(
      'TEST_POSTGRES_URL is not set, so the booking race cannot run on PostgreSQL. It must run on both databases: ' +
        'set it to a server where this user may create databases, e.g. TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres (.ci/run sets it).',
    );
  }
  return url;
}

export async function createDatabase(kind: DatabaseKind, name: string): Promise<RaceDatabase> {
  if (kind === 'sqlite') {
    const file = path.join(root, 'data', `${name}.db`);
    const remove = () => ['', '-wal', '-shm'].forEach((suffix) => fs.rmSync(file + suffix, { force: true }));
    remove();
    return { url: `file:${file}`, drop: async () => remove() };
  }
  const adminUrl = postgresAdminUrl();
  const database = `portal_${name.replace(/[^a-z0-9_]/gi, '_')}_${checkoutId()}`.toLowerCase();
  const admin = async (sql: string) => {
    const client = new pg.Client(pgPoolConfig(adminUrl));
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${database}`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`) };
}

/** Migrates and seeds as `npm start` does (scripts/db-prepare.mjs): topics, counsellors, their slots. */
async function prepareDatabase(url: string) {
  await run(process.execPath, ['scripts/db-prepare.mjs'], { cwd: root, env: { ...process.env, DATABASE_URL: url, SEED_ON_START: 'true' } });
}

export async function databaseScript<T>(url: string, args: string[]): Promise<T> {
  const { stdout } = await run(process.execPath, [tsxCli, 'tests/support/race-database.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as T;
}

// ---------------------------------------------------------------------------------------------
// Servers

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

type Portal = { origin: string; logFile: string; stop: () => Promise<void> };

/** `node server.mjs` as production runs it, without the message dispatcher and the job scheduler. */
async function startPortal(databaseUrl: string, distDir: string, logFile: string): Promise<Portal> {
  if (!fs.existsSync(path.join(root, distDir, 'BUILD_ID'))) throw new Error(`No production build in ${distDir}.`);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: distDir,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    SITE_URL: origin,
    AUTH_SECRET: RACE_AUTH_SECRET,
    SUPPORT_DATA_KEY: 'a0'.repeat(32),
    DISPATCHER: 'off',
    SCHEDULER: 'off',
  };
  // The race stands in for a reverse proxy in front of many residents: each request names its own
  // client address (clientAddressOf), as the public forms' per-address budget would see them.
  env.TRUSTED_PROXIES = '127.0.0.1';
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, 'w');
  // Its own process group, so stop() ends it and anything it forks with one signal.
  const child: ChildProcess = spawn(process.execPath, ['server.mjs'], { cwd: root, env, stdio: ['ignore', log, log], detached: true });
  fs.closeSync(log);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.on('exit', () => ((exited = true), resolve())));
  const kill = (signal: NodeJS.Signals) => {
    try {
      if (!exited) process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  // A test that times out or a benchmark that is interrupted must not leave a server behind.
  const onExit = () => kill('SIGKILL');
  process.once('exit', onExit);
  const stop = async () => {
    process.off('exit', onExit);
    kill('SIGTERM');
    const timer = setTimeout(() => kill('SIGKILL'), 5_000);
    await exit;
    clearTimeout(timer);
  };

  const deadline = Date.now() + 90_000;
  for (;;) {
    const status = await get(`${origin}/api/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) break;
    if (exited || Date.now() > deadline) {
      await stop();
      throw new Error(`The server on ${origin} did not become healthy (${exited ? 'it exited' : 'timed out'}); ${logFile} ends:\n${tail(logFile)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { origin, logFile, stop };
}

const tail = (file: string, lines = 30) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n') : '(log gone)');

/** Error lines a server logged: a 4xx/3xx answer may still hide an exception worth seeing. */
export function loggedErrors(file: string): string[] {
  // Another Playwright run starting in this checkout empties test-results/, logs included.
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => /^\s*(\S*Error\b|⨯)|SQLITE_BUSY|deadlock|could not serialize/i.test(line));
}

// ---------------------------------------------------------------------------------------------
// HTTP, as a browser without JavaScript

type Answer = { status: number; location: string | null; body: string };

function request(url: string, options: http.RequestOptions, body?: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? null, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    // A server that never answers is a failure to report, not a run that hangs.
    req.setTimeout(120_000, () => req.destroy(new Error('no answer within 120 s')));
    req.end(body);
  });
}

/** A GET that does not follow redirects (node:http never does). */
export const get = (url: string, agent?: http.Agent) => request(url, { method: 'GET', agent: agent ?? false, headers: { accept: 'text/html' } });

export const checkPath = (locale: string, draftId: string) => `/${locale}/consultations/book/check?draft=${encodeURIComponent(draftId)}`;

/**
 * The confirmation form's fields, read from the page as a browser reads them: the form holding
 * the `draft` field, its successful controls (hidden inputs React adds for the server action
 * included) and its submit button's name and value when it has one.
 */
export async function readConfirmForm(origin: string, locale: string, draftId: string): Promise<RaceForm> {
  const pageUrl = origin + checkPath(locale, draftId);
  const page = await get(pageUrl);
  if (page.status !== 200) throw new Error(`GET ${pageUrl} answered ${page.status}${page.location ? ` → ${page.location}` : ''}: ${page.body.slice(0, 300)}`);
  const { Window } = await import('happy-dom');
  const window = new Window({ url: pageUrl, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  try {
    const document = new window.DOMParser().parseFromString(page.body, 'text/html');
    // The check page may hold two forms with the draft (after "full" it also offers other times):
    // the one to submit is the one whose button says "confirm", as a person would choose it.
    const withDraft = [...document.querySelectorAll('form')].filter((f) => f.querySelector('input[name="draft"]'));
    const confirmLabel = optionalMessage(locale, 'Consultations.check.confirm');
    const buttonText = (f: (typeof withDraft)[number]) => f.querySelector('button, input[type="submit"]')?.textContent?.trim() ?? '';
    const candidates = withDraft.length > 1 && confirmLabel ? withDraft.filter((f) => buttonText(f) === confirmLabel) : withDraft;
    if (candidates.length !== 1) throw new Error(`GET ${pageUrl}: expected one confirmation form with a "draft" field, found ${candidates.length}.`);
    const form = candidates[0]!;
    const fields: [string, string][] = [];
    for (const control of form.querySelectorAll('input, select, textarea')) {
      const name = control.getAttribute('name');
      if (!name || control.hasAttribute('disabled')) continue;
      const tag = control.tagName.toLowerCase();
      const type = (control.getAttribute('type') ?? 'text').toLowerCase();
      if (tag === 'input') {
        if (['submit', 'image', 'button', 'reset', 'file'].includes(type)) continue;
        if ((type === 'checkbox' || type === 'radio') && !control.hasAttribute('checked')) continue;
        fields.push([name, control.getAttribute('value') ?? (type === 'checkbox' || type === 'radio' ? 'on' : '')]);
      } else if (tag === 'select') {
        const option = control.querySelector('option[selected]') ?? control.querySelector('option');
        if (option) fields.push([name, option.getAttribute('value') ?? option.textContent ?? '']);
      } else {
        fields.push([name, control.textContent ?? '']);
      }
    }
    const submitter = form.querySelector('button:not([type]), button[type="submit"], input[type="submit"]');
    const submitName = submitter?.getAttribute('name');
    if (submitter && submitName) fields.push([submitName, submitter.getAttribute('value') ?? '']);
    const draftField = fields.find(([name]) => name === 'draft');
    if (draftField?.[1] !== draftId) throw new Error(`GET ${pageUrl}: the form's draft field is ${JSON.stringify(draftField?.[1])}, not ${draftId}.`);
    const action = submitter?.getAttribute('formaction') || form.getAttribute('action') || pageUrl;
    const method = (submitter?.getAttribute('formmethod') || form.getAttribute('method') || 'get').toLowerCase();
    if (method !== 'post') throw new Error(`GET ${pageUrl}: the confirmation form's method is ${method}, not post.`);
    return {
      draftId,
      origin,
      url: new URL(action, pageUrl).toString(),
      enctype: (submitter?.getAttribute('formenctype') || form.getAttribute('enctype') || 'application/x-www-form-urlencoded').toLowerCase(),
      fields,
    };
  } finally {
    await window.happyDOM.close();
  }
}

/** The body a browser sends for these fields and this enctype, with its content type. */
async function encode(form: RaceForm): Promise<{ body: Buffer; contentType: string }> {
  if (form.enctype === 'multipart/form-data') {
    const data = new FormData();
    for (const [name, value] of form.fields) data.append(name, value);
    const encoded = new Request('http://localhost/', { method: 'POST', body: data });
    return { body: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get('content-type')! };
  }
  return { body: Buffer.from(new URLSearchParams(form.fields).toString()), contentType: 'application/x-www-form-urlencoded' };
}

export function classify(locale: string, draftId: string, origin: string, answer: Answer): PostResult['kind'] {
  if (answer.status !== 303 || !answer.location) return 'other';
  const to = new URL(answer.location, origin);
  if (new RegExp(`^/${locale}/consultations/manage/[^/]+$`).test(to.pathname) && to.searchParams.get('booked') === '1') return 'booked';
  if (to.pathname === `/${locale}/consultations/book/check` && to.searchParams.get('draft') === draftId && to.searchParams.get('problem') === 'full') return 'full';
  return 'other';
}

/** A distinct address in the benchmarking range (198.18.0.0/15) per resident, from their draft. */
export function clientAddressOf(draftId: string): string {
  const bytes = crypto.createHash('sha256').update(draftId).digest();
  return `198.${18 + (bytes[0]! & 1)}.${bytes[1]}.${bytes[2]}`;
}

/** Submits the form once, as the browser's POST; the answer is not followed. */
export async function submit(form: RaceForm, locale: string, agent: http.Agent, encoded?: { body: Buffer; contentType: string }, address = clientAddressOf(form.draftId)): Promise<PostResult> {
  const { body, contentType } = encoded ?? (await encode(form));
  const started = performance.now();
  const answer = await request(
    form.url,
    {
      method: 'POST',
      agent,
      // What a browser sends with a form: its origin (Next checks it against Host for server actions).
      headers: {
        'content-type': contentType,
        'content-length': body.length,
        origin: form.origin,
        referer: form.origin + checkPath(locale, form.draftId),
        accept: 'text/html',
        'x-forwarded-for': address,
      },
    },
    body,
  ).catch((error: Error) => ({ status: 0, location: null, body: `${error.name}: ${error.message}` }));
  const ms = performance.now() - started;
  const kind = classify(locale, form.draftId, form.origin, answer);
  return { draftId: form.draftId, origin: form.origin, status: answer.status, location: answer.location, body: kind === 'other' ? answer.body.slice(0, 500) : '', ms, kind };
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);

// ---------------------------------------------------------------------------------------------
// The race

export type Race = Awaited<ReturnType<typeof setUpRace>>;

/**
 * Everything before the starting gun: the database, the servers, the drafts and each draft's
 * form, fetched from the server its POST will go to. close() stops the servers and drops the
 * database, and is safe to call more than once.
 */
export async function setUpRace(options: RaceOptions) {
  const { kind, name, distDir, logDir, requests = 200, capacity = 3, locale = 'ko', instances = 2 } = options;
  const portals: Portal[] = [];
  let database: RaceDatabase | undefined;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await Promise.all(portals.map((p) => p.stop()));
    await database?.drop();
  };
  try {
    // A run of its own: two runs at once (a test and a benchmark, two checkouts) never share a database.
    database = await createDatabase(kind, `${name}_${crypto.randomBytes(3).toString('hex')}`);
    await prepareDatabase(database.url);
    const { slotId, draftIds } = await databaseScript<{ slotId: string; draftIds: string[] }>(database.url, ['arrange', String(requests), String(capacity), locale]);
    for (let i = 0; i < instances; i++) portals.push(await startPortal(database.url, distDir, path.join(logDir, `${name}-${kind}-server-${i + 1}.log`)));

    // Request i goes to server i mod n: the requests alternate between the processes.
    const forms: RaceForm[] = new Array(draftIds.length);
    let next = 0;
    const fetchSome = async () => {
      for (let i = next++; i < draftIds.length; i = next++) forms[i] = await readConfirmForm(portals[i % portals.length]!.origin, locale, draftIds[i]!);
    };
    await Promise.all(Array.from({ length: 8 }, fetchSome));

    const url = database.url;
    return {
      kind,
      locale,
      capacity,
      slotId,
      draftIds,
      forms,
      origins: portals.map((p) => p.origin),
      logFiles: portals.map((p) => p.logFile),
      /** Every POST at once, on a keep-alive agent with a connection for each. */
      async fire(): Promise<RaceOutcome> {
        const agent = new http.Agent({ keepAlive: true, maxSockets: forms.length, maxTotalSockets: forms.length });
        // Bodies first, so nothing stands between one request and the next at the starting gun.
        const bodies = await Promise.all(forms.map(encode));
        const started = performance.now();
        const results = await Promise.all(forms.map((form, i) => submit(form, locale, agent, bodies[i])));
        const wallMs = performance.now() - started;
        agent.destroy();
        const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
        return {
          results,
          wallMs,
          booked: results.filter((r) => r.kind === 'booked'),
          full: results.filter((r) => r.kind === 'full'),
          other: results.filter((r) => r.kind === 'other'),
          p50: percentile(sorted, 50),
          p99: percentile(sorted, 99),
        };
      },
      count: () => databaseScript<DatabaseCounts>(url, ['count', slotId]),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A message (string) or group of messages (object) under a key of messages/<locale>.json. */
function messageEntry(locale: string, key: string): unknown {
  const messages = JSON.parse(fs.readFileSync(path.join(root, 'messages', `${locale}.json`), 'utf8'));
  return key.split('.').reduce((node: unknown, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
}

function optionalMessage(locale: string, key: string): string | undefined {
  const value = messageEntry(locale, key);
  return typeof value === 'string' ? value : undefined;
}

/** Every text under a message key, e.g. a problem's title and text: what the page must show. */
export function messageTexts(locale: string, key: string): string[] {
  const value = messageEntry(locale, key);
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).filter((v): v is string => typeof v === 'string');
  throw new Error(`messages/${locale}.json has no message ${key}`);
}

/** A page's visible text (what a reader sees), for comparing with a message. */
export async function pageText(html: string): Promise<string> {
  const { Window } = await import('happy-dom');
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    for (const hidden of document.querySelectorAll('script, style, template')) hidden.remove();
    return (document.body?.textContent ?? '').replace(/\s+/g, ' ');
  } finally {
    await window.happyDOM.close();
  }
}
