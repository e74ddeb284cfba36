// `npm test`: lint, formatting and types, then unit and integration tests (Vitest, SQLite and, with TEST_POSTGRES_URL, PostgreSQL),
// then end-to-end tests in Chromium (Playwright). Stops at the first failing stage.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const stages = [
  ['Browser check', ['node', ['scripts/check-browser.mjs']]],
  ['Migrations match the models', ['node', ['scripts/migrations.mjs', 'check']]],
  ['Lint', ['npx', ['eslint', '.', '--max-warnings=0']]],
  ['Formatting', ['npx', ['prettier', '--check', '.']]],
  ['Types', ['npx', ['tsc', '--noEmit']]],
  ['Unit and integration tests', ['npx', ['vitest', 'run', '--reporter=verbose']]],
  ['End-to-end tests', ['npx', ['playwright', 'test']]],
];

for (const [name, [command, args]] of stages) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n${name}: failed.`);
    process.exit(result.status ?? 1);
  }
}
console.log('\nAll test stages passed.');
