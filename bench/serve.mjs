// Shared by bench/http.mjs and bench/lighthouse.mjs: prepares a production build in its own
// folder (.next-bench, with its own SQLite file data/bench.db) and serves it on 127.0.0.1, the
// same pattern as scripts/start.mjs and scripts/e2e-server.mjs. A separate build folder means a
// benchmark never replaces the build `npm start` or the end-to-end tests serve.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceStamp } from '../scripts/source-stamp.mjs';

const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');

// Everything runs from the repository root, whatever directory the script was started from:
// the build folder, the database path and sourceStamp() are all relative to it.
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

export const distDir = '.next-bench';
export const port = 3200;
export const origin = `http://127.0.0.1:${port}`;

// The same environment for db-prepare, `next build` and `next start`, so the server reads the
// database the build was prerendered from.
export const env = {
  ...process.env,
  NEXT_DIST_DIR: distDir,
  DATABASE_URL: 'file:./data/bench.db',
  NEXT_TELEMETRY_DISABLED: '1',
};

const run = (args) => execFileSync(process.execPath, args, { stdio: 'inherit', env });

/** Migrates and seeds data/bench.db, then builds into .next-bench unless the sources are unchanged. */
export function prepareBuild() {
  run(['scripts/db-prepare.mjs']);

  // Building takes minutes on two cores; skip it when the last build came from these exact sources.
  const stampFile = path.join(distDir, 'source-stamp');
  const stamp = sourceStamp();
  const built =
    fs.existsSync(path.join(distDir, 'BUILD_ID')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp;
  if (built) {
    console.log(`Reusing the production build in ${distDir} (sources unchanged).`);
    return;
  }
  console.log(`Building the portal into ${distDir} (first run or sources changed)…`);
  const restore = keepNextFromRewriting();
  try {
    run([nextBin, 'build']);
  } finally {
    restore();
  }
  fs.writeFileSync(stampFile, stamp);
}

/**
 * `next build` with a distDir other than .next adds `.next-bench/types/**` to tsconfig.json's
 * include and points next-env.d.ts at .next-bench. A benchmark should leave the working tree as it
 * found it, so both are put back afterwards — but only when Next's edit is the sole change, so an
 * edit someone makes to tsconfig.json during the build is never lost.
 */
function keepNextFromRewriting() {
  const snapshot = (file) =>
    fs.existsSync(file) ? { file, text: fs.readFileSync(file, 'utf8'), mtimeNs: fs.statSync(file, { bigint: true }).mtimeNs } : null;
  const tsconfig = snapshot('tsconfig.json');
  const nextEnv = snapshot('next-env.d.ts');
  return () => {
    const tsconfigNow = fs.readFileSync('tsconfig.json', 'utf8');
    if (tsconfig && tsconfigNow !== tsconfig.text) {
      const withoutBench = tsconfigNow.replace(/,\s*"\.next-bench\/types\/\*\*\/\*\.ts",\s*"\.next-bench\/dev\/types\/\*\*\/\*\.ts"/, '');
      if (withoutBench === tsconfig.text) putBack(tsconfig);
      else console.warn('tsconfig.json changed during the build in more ways than Next\'s include entries; left as it is.');
    }
    // Generated, "should not be edited" and rewritten by every build or dev server: just put it back.
    if (nextEnv && fs.readFileSync('next-env.d.ts', 'utf8').includes(distDir)) putBack(nextEnv);
  };
}

function putBack({ file, text, mtimeNs }) {
  fs.writeFileSync(file, text);
  // sourceStamp() hashes modification times, tsconfig.json's included: without its old mtime back,
  // this build's stamp (and `npm start`'s) would be stale and the next run would build again.
  // fs.utimesSync rounds to about a microsecond; GNU touch sets the exact nanoseconds.
  const seconds = `${mtimeNs / 1_000_000_000n}.${String(mtimeNs % 1_000_000_000n).padStart(9, '0')}`;
  try {
    execFileSync('touch', ['-m', '-d', `@${seconds}`, file]);
  } catch {
    console.warn(`Could not restore the modification time of ${file}; the next run will rebuild.`);
  }
}

/**
 * Starts `next start` and resolves once /api/health answers 200. Returns { stop }, which is also
 * called on exit, Ctrl-C and SIGTERM, so a benchmark never leaves a server behind.
 */
export async function startNext({ timeoutMs = 60_000 } = {}) {
  // detached: the server leads its own process group, so stop() can end it and any worker it
  // forks with one signal to that group (-pid), without touching anything else.
  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env,
    detached: true,
  });
  let exited = false;
  server.on('exit', () => (exited = true));

  const stop = () => {
    if (exited) return;
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    exited = true;
  };
  process.on('exit', stop);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping the Next server.`);
      stop();
      process.exit(code);
    });
  }

  // Poll the health route: it answers 200 only when the server is up and the database answers.
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error('next start exited before it became healthy');
    try {
      const response = await fetch(`${origin}/api/health`);
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`${origin}/api/health did not answer 200 within ${timeoutMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.log(`Next is serving ${distDir} at ${origin}.`);
  return { stop };
}

/** Where both scripts write their JSON: bench/results/ (gitignored), one file per run. */
export function resultsFile(kind) {
  const dir = path.join(root, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  // An ISO timestamp, with ':' replaced so the name is also valid on Windows and in URLs.
  return path.join(dir, `${kind}-${new Date().toISOString().replaceAll(':', '-')}.json`);
}

/** Prints rows (arrays of cells) as an aligned text table; numbers are right-aligned. */
export function printTable(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => (cell === null || cell === undefined ? '–' : String(cell))));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => [...row[i]].length)));
  const numeric = header.map((_, i) => rows.every((row) => typeof row[i] === 'number' || row[i] === null || /^[\d.,]+[×%]?$/.test(String(row[i]))));
  const line = (row) => row.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  console.log(line(cells[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}
