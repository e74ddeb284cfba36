// Serves a production build for the end-to-end tests: its own SQLite file (data/e2e.db), its own
// build folder (.next-e2e), fresh seed data and one urgent notice so notices are tested too.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { sourceStamp } from './source-stamp.mjs';

const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');
const port = process.env.E2E_PORT ?? '3100';
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: '.next-e2e',
  DATABASE_URL: 'file:./data/e2e.db',
  SITE_URL: `http://127.0.0.1:${port}`,
};
const run = (args) => execFileSync(process.execPath, args, { stdio: 'inherit', env });

for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`data/e2e.db${suffix}`, { force: true });
run(['scripts/db-prepare.mjs']);
run([require.resolve('tsx/cli'), 'tests/support/e2e-fixtures.ts']);

const stampFile = '.next-e2e/source-stamp';
const stamp = sourceStamp();
if (!(fs.existsSync('.next-e2e/BUILD_ID') && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp)) {
  run([nextBin, 'build']);
  fs.writeFileSync(stampFile, stamp);
}
const server = spawn(process.execPath, [nextBin, 'start', '-p', port, '-H', '127.0.0.1'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
