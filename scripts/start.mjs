// `npm start`: prepares the database (SQLite under data/ unless DATABASE_URL says otherwise),
// builds the production bundle if the sources changed since the last build, then serves it.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { sourceStamp } from './source-stamp.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');
const run = (args) => execFileSync(process.execPath, args, { stdio: 'inherit', env: process.env });

run(['scripts/db-prepare.mjs']);

const stampFile = '.next/source-stamp';
const stamp = sourceStamp();
const built = fs.existsSync('.next/BUILD_ID') && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp;
if (!built) {
  console.log('Building the portal (first start or sources changed)…');
  run([nextBin, 'build']);
  fs.writeFileSync(stampFile, stamp);
}

// One machine, one data folder: without AUTH_SECRET or SUPPORT_DATA_KEY the portal keeps keys of
// its own under data/. Several machines need both set (server.mjs refuses to start otherwise).
if (!process.env.AUTH_SECRET || !process.env.SUPPORT_DATA_KEY) process.env.PORTAL_LOCAL_SECRETS = '1';

const port = process.env.PORT ?? '3000';
const server = spawn(process.execPath, ['server.mjs'], { stdio: 'inherit', env: { ...process.env, PORT: port, NODE_ENV: 'production' } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
