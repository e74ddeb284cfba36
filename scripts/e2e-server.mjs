// Serves a production build for the end-to-end tests: its own SQLite file (data/e2e.db), its own
// build folder (.next-e2e), fresh seed data and one urgent notice so notices are tested too.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { sourceStamp } from './source-stamp.mjs';

const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');
const port = process.env.E2E_PORT ?? '3100';
// E2E_TAG lets a second run (another port) use its own database, build and mailbox folders.
const tag = process.env.E2E_TAG ?? '';
const smtpPort = process.env.E2E_SMTP_PORT ?? '2599';
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: `.next-e2e${tag}`,
  DATABASE_URL: `file:./data/e2e${tag}.db`,
  SITE_URL: `http://127.0.0.1:${port}`,
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  E2E_SMTP_PORT: smtpPort,
  // Tests stand in for a reverse proxy: each sets X-Forwarded-For to its own client address.
  TRUSTED_PROXIES: '127.0.0.1',
  AUTH_SECRET: 'e2e-only-secret-not-for-production-0123456789',
  SUPPORT_DATA_KEY: 'e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0',
};
const run = (args) => execFileSync(process.execPath, args, { stdio: 'inherit', env });

for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`data/e2e${tag}.db${suffix}`, { force: true });
fs.rmSync(`data/e2e-admin${tag}.json`, { force: true });
run(['scripts/db-prepare.mjs']);
run([require.resolve('tsx/cli'), 'tests/support/e2e-fixtures.ts']);

// A real SMTP conversation: the portal sends to this sink, the tests read what arrived.
const sink = spawn(process.execPath, [require.resolve('tsx/cli'), 'tests/support/e2e-mail-sink.ts'], { stdio: 'inherit', env });
// The first administrator, invited as on a new installation; the setup project enrols them.
run([require.resolve('tsx/cli'), 'scripts/create-admin.ts', 'admin@e2e.test', 'E2E Administrator']);

const stampFile = `.next-e2e${tag}/source-stamp`;
const stamp = sourceStamp();
if (!(fs.existsSync(`.next-e2e${tag}/BUILD_ID`) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp)) {
  run([nextBin, 'build']);
  fs.writeFileSync(stampFile, stamp);
}
const server = spawn(process.execPath, ['server.mjs'], { stdio: 'inherit', env: { ...env, PORT: port, HOST: '127.0.0.1', NODE_ENV: 'production' } });
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    server.kill(signal);
    sink.kill(signal);
  });
server.on('exit', (code) => {
  sink.kill();
  process.exit(code ?? 0);
});
