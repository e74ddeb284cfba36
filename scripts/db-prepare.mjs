// Runs scripts/db-prepare.ts with tsx (the app's TypeScript modules, path aliases included).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tsx = require.resolve('tsx/cli');
execFileSync(process.execPath, [tsx, 'scripts/db-prepare.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
