// The minimal Next 16 + next-intl page of bench/minimal/, built (when its sources changed) and
// served with `next start` on BENCH_PORT + 2, for `npm run bench:lighthouse` to measure beside
// the portal in the same run. `next start` compresses (gzip) by default, as server.mjs does.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { sourceStamp } from '../scripts/source-stamp.mjs';
import { groupStopper, port, root } from './serve.mjs';

const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');
export const minimalDir = path.join(root, 'bench', 'minimal');
export const minimalOrigin = `http://127.0.0.1:${port + 2}`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
delete env.NEXT_DIST_DIR;

/** Builds bench/minimal unless its last build came from the same sources and Next version. */
export function prepareMinimal() {
  const stampFile = path.join(minimalDir, '.next', 'source-stamp');
  const stamp = `${sourceStamp(minimalDir)}:${fs.statSync(path.join(root, 'package-lock.json')).mtimeMs}`;
  if (fs.existsSync(path.join(minimalDir, '.next', 'BUILD_ID')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) {
    console.log('Reusing the minimal Next page build in bench/minimal/.next.');
    return;
  }
  console.log('Building the minimal Next page (bench/minimal)…');
  // From its own folder: next-intl's plugin finds lib/request.ts relative to the working directory.
  execFileSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env, cwd: minimalDir });
  fs.writeFileSync(stampFile, stamp);
}

/** Starts it and resolves once it answers; returns stop(). */
export async function startMinimal({ timeoutMs = 60_000 } = {}) {
  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port + 2), '-H', '127.0.0.1'], { stdio: 'ignore', env, detached: true, cwd: minimalDir });
  const { stop, exited } = groupStopper(server);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${minimalOrigin}/en`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (exited()) throw new Error('The minimal Next page server exited before answering');
    if (Date.now() > deadline) {
      stop();
      throw new Error(`${minimalOrigin}/en did not answer within ${timeoutMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.log(`The minimal Next page is serving at ${minimalOrigin}.`);
  return { stop };
}
