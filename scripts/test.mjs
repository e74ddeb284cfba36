// `npm test`: lint, formatting and types, then unit and integration tests (Vitest, SQLite and, with TEST_POSTGRES_URL, PostgreSQL),
// then end-to-end tests in Chromium (Playwright). Stops at the first failing stage.
// The browser tests' database and production build are prepared in the background from the start
// (scripts/e2e-prepare.mjs): the checks and Vitest leave a core free on a 2-core machine, and the
// build is the longest single step of the run.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const checks = [
  ['Browser check', ['node', ['scripts/check-browser.mjs']]],
  ['Migrations match the models', ['node', ['scripts/migrations.mjs', 'check']]],
  ['Dependency audit (high and critical advisories of runtime dependencies)', ['node', ['scripts/audit.mjs']]],
  ['Lint', ['npx', ['eslint', '.', '--max-warnings=0']]],
  ['Formatting', ['npx', ['prettier', '--check', '.']]],
  ['Types', ['npx', ['tsc', '--noEmit']]],
  ['Unit and integration tests', ['npx', ['vitest', 'run', '--reporter=verbose']]],
];

fs.mkdirSync('test-results', { recursive: true });
const prepareLog = 'test-results/e2e-prepare.log';
const log = fs.openSync(prepareLog, 'w');
// Its own process group, so a failing stage stops the build it started too.
const prepare = spawn('node', ['scripts/e2e-prepare.mjs'], { stdio: ['ignore', log, log], env, detached: true });
const prepared = new Promise((resolve) => prepare.on('exit', (code) => resolve(code)));
// Each stage's wall time, so a slow CI run says where its minutes went.
const runStarted = Date.now();
function took(name, since) {
  const seconds = (ms) => Math.round(ms / 1000);
  console.log(`[${name}: ${seconds(Date.now() - since)} s; ${seconds(Date.now() - runStarted)} s since npm test began]`);
}
const fail = (name, status) => {
  console.error(`\n${name}: failed.`);
  try {
    process.kill(-prepare.pid, 'SIGTERM');
  } catch {
    // already finished
  }
  process.exit(status ?? 1);
};

for (const [name, [command, args]] of checks) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  took(name, started);
  if (result.status !== 0) fail(name, result.status);
}

console.log('\n=== End-to-end tests ===');
const waitStarted = Date.now();
console.log('Waiting for the database and production build of the browser tests…');
const prepareStatus = await prepared;
process.stdout.write(fs.readFileSync(prepareLog, 'utf8'));
if (prepareStatus !== 0) fail('Preparing the browser tests', prepareStatus);
took("Waiting for the browser tests' build", waitStarted);
const e2eStarted = Date.now();
const e2e = spawnSync('npx', ['playwright', 'test'], { stdio: 'inherit', env });
took('End-to-end tests', e2eStarted);
if (e2e.status !== 0) fail('End-to-end tests', e2e.status);
console.log('\nAll test stages passed.');
