import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = __dirname;
const shared = {
  resolve: {
    alias: {
      '@': root,
      // The marker package throws outside React Server Components; tests import data-layer modules directly.
      'server-only': path.join(root, 'tests/support/server-only.ts'),
    },
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/support/fail-on-console-error.ts'],
        },
      },
      {
        ...shared,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/integration-global-setup.ts'],
          // Files the code under test keeps through the configured store (decision letters made
          // after a decision) go to the test folder the global setup removes, not data/uploads.
          env: { UPLOAD_DIR: path.join(root, 'data', 'test', 'uploads') },
          setupFiles: ['tests/support/fail-on-console-error.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
