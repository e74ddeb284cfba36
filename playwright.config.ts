import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);

/**
 * End-to-end tests in Debian's Chromium (Playwright cannot download its own here), against a
 * production build served by scripts/e2e-server.mjs with its own SQLite file and build folder.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  timeout: 30_000,
  projects: [
    { name: 'setup', testMatch: /.*\.setup\.ts/ },
    // Ten seconds for an answer to show: on a loaded 2-core CI machine a server action's answer
    // took over five (a check-in refusal, session 8), with nothing wrong but the load.
    { name: 'chromium', dependencies: ['setup'], testIgnore: [/booking-race\.spec\.ts/, /-flood\.spec\.ts/, /urgent-alert\.spec\.ts/, /\/deploy\//], expect: { timeout: 10_000 } },
    // The races (no browser: 200 requests at once through servers of its own, tests/support/race-harness.ts)
    // and the floods (50 sign-ins from one address). After the browser tests, so the bursts do not
    // slow them; alone: `--project=race --no-deps`.
    { name: 'race', dependencies: ['chromium'], testMatch: [/booking-race\.spec\.ts/, /-flood\.spec\.ts/] },
    // Moves the server's notices clock (docs/decisions/029): after the browser tests, so none of
    // them sees the moved time; beside the race, which runs servers of its own.
    { name: 'clock', dependencies: ['chromium'], testMatch: [/urgent-alert\.spec\.ts/] },
    // The production layout: instances, nginx and PostgreSQL of its own, restarted and broken
    // (tests/e2e/deploy, deploy/stack.ts); after the browser tests too, beside the race.
    // Its instances have just started (or restarted): their first answers load route modules,
    // seconds on a loaded machine (a sign-in took 6.6 s there), beyond the default 5 s.
    { name: 'deploy', dependencies: ['chromium'], testMatch: /\/deploy\/.*\.spec\.ts/, expect: { timeout: 30_000 } },
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Latin fonts only, whatever the machine has installed (the letters need Noto on the server).
      env: { ...process.env, FONTCONFIG_FILE: path.resolve('tests/e2e/support/fontconfig/fonts.conf') },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `http://127.0.0.1:${port}/api/health`,
    // The first run builds the production bundle: minutes on a busy 2-core machine.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { E2E_PORT: String(port) },
  },
});
