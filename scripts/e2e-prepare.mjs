// What the end-to-end tests' server needs before it starts: a fresh SQLite file (data/e2e.db) with
// seed data and the test fixtures, the first administrator's invitation, and a production build in
// its own folder (.next-e2e), rebuilt only when the sources changed. `npm test` runs this in the
// background while the checks and unit tests run (scripts/test.mjs); scripts/e2e-server.mjs runs
// it itself when nobody did.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { sourceStamp } from './source-stamp.mjs';

const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');

export function e2eSettings() {
  const port = process.env.E2E_PORT ?? '3100';
  // E2E_TAG lets a second run (another port) use its own database, build and mailbox folders.
  const tag = process.env.E2E_TAG ?? '';
  const smtpPort = process.env.E2E_SMTP_PORT ?? '2599';
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: `.next-e2e${tag}`,
    // tsc already ran in `npm test`; the browser tests' build skips its own type check.
    NEXT_SKIP_TYPE_CHECK: '1',
    DATABASE_URL: `file:./data/e2e${tag}.db`,
    SITE_URL: `http://127.0.0.1:${port}`,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    E2E_SMTP_PORT: smtpPort,
    // The notices' clock, which tests/e2e/newsletter/urgent-alert.spec.ts moves (docs/decisions/029).
    E2E_CLOCK_FILE: `data/e2e-clock${tag}.json`,
    // Tests stand in for a reverse proxy: each sets X-Forwarded-For to its own client address.
    TRUSTED_PROXIES: '127.0.0.1',
    AUTH_SECRET: 'e2e-only-secret-not-for-production-0123456789',
    SUPPORT_DATA_KEY: 'e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0',
  };
  return { port, tag, env, preparedFile: `data/e2e-prepared${tag}` };
}

/** `mark`: leave word for the server that starts next that this database is fresh (npm test). */
export function prepareE2e({ mark = false } = {}) {
  const { tag, env, preparedFile } = e2eSettings();
  const run = (args) => execFileSync(process.execPath, args, { stdio: 'inherit', env });
  fs.rmSync(preparedFile, { force: true });
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`data/e2e${tag}.db${suffix}`, { force: true });
  fs.rmSync(`data/e2e-admin${tag}.json`, { force: true });
  fs.rmSync(env.E2E_CLOCK_FILE, { force: true });
  run(['scripts/db-prepare.mjs']);
  run([require.resolve('tsx/cli'), 'tests/support/e2e-fixtures.ts']);
  // The first administrator, invited as on a new installation; the setup project enrols them.
  // The invitation waits in the outbox until the server's dispatcher sends it to the mail sink.
  run([require.resolve('tsx/cli'), 'scripts/create-admin.ts', 'admin@e2e.test', 'E2E Administrator']);
  const stampFile = `.next-e2e${tag}/source-stamp`;
  if (!(fs.existsSync(`.next-e2e${tag}/BUILD_ID`) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === sourceStamp())) {
    const buildStarted = Date.now();
    run([nextBin, 'build']);
    console.log(`[Production build for the browser tests: ${Math.round((Date.now() - buildStarted) / 1000)} s]`);
    // Taken after the build: Next adds a build folder of another name to tsconfig.json's include.
    fs.writeFileSync(stampFile, sourceStamp());
  }
  if (mark) fs.writeFileSync(preparedFile, sourceStamp());
}

/** True, once, when prepareE2e already ran for these sources; the mark is used up. */
export function takePrepared() {
  const { preparedFile } = e2eSettings();
  const ready = fs.existsSync(preparedFile) && fs.readFileSync(preparedFile, 'utf8') === sourceStamp();
  fs.rmSync(preparedFile, { force: true });
  return ready;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) prepareE2e({ mark: true });
