// Shared by bench/http.mjs and bench/lighthouse.mjs: prepares a production build in its own
// folder (.next-bench, with its own SQLite file data/bench.db) and serves it on 127.0.0.1, the
// same pattern as scripts/start.mjs and scripts/e2e-server.mjs. A separate build folder means a
// benchmark never replaces the build `npm start` or the end-to-end tests serve.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
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
// BENCH_PORT moves the whole benchmark (portal, bare ceiling at +1, minimal Next page at +2) off
// ports other runs use on a shared machine.
export const port = Number(process.env.BENCH_PORT ?? 3200);
export const origin = `http://127.0.0.1:${port}`;
const resultsDir = path.join(root, 'bench', 'results');

// Which server to measure. `portal` (default): server.mjs, which `npm start` and the end-to-end
// tests run in production — Next behind a Node
// layer that adds a per-page Content-Security-Policy (buffering HTML to hash its inline scripts)
// and does the compression (next.config.ts turns Next's own off, so `next start` sends every
// asset uncompressed: Lighthouse's byte counts are then far above production's). `next`:
// `next start`, the framework alone, to see what the Node layer costs.
export const serverKind = process.env.BENCH_SERVER ?? 'portal';
if (!['next', 'portal'].includes(serverKind)) throw new Error(`BENCH_SERVER must be next or portal, not ${serverKind}`);

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
  const built = fs.existsSync(path.join(distDir, 'BUILD_ID')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp;
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
 * found it, so both are put back afterwards. Only Next's two include entries are taken out of
 * tsconfig.json: anything else changed meanwhile (someone's edit, another build's entries) stays.
 */
function keepNextFromRewriting() {
  const snapshot = (file) => (fs.existsSync(file) ? { file, text: fs.readFileSync(file, 'utf8'), mtimeNs: fs.statSync(file, { bigint: true }).mtimeNs } : null);
  const tsconfig = snapshot('tsconfig.json');
  const nextEnv = snapshot('next-env.d.ts');
  return () => {
    const tsconfigNow = fs.readFileSync('tsconfig.json', 'utf8');
    const withoutBench = tsconfigNow.replace(/,\s*"\.next-bench\/types\/\*\*\/\*\.ts",\s*"\.next-bench\/dev\/types\/\*\*\/\*\.ts"/, '');
    if (tsconfig && withoutBench === tsconfig.text) putBack(tsconfig);
    else if (withoutBench !== tsconfigNow) fs.writeFileSync('tsconfig.json', withoutBench);
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
 * Starts `next start` (or server.mjs, see serverKind) and resolves once /api/health answers 200.
 * Returns { stop, logSummary }; stop also runs on exit, Ctrl-C and SIGTERM, so a benchmark never
 * leaves a server behind.
 */
export async function startServer({ timeoutMs = 60_000 } = {}) {
  // A server left on the port (another benchmark, a crashed run) would answer the health check
  // in place of ours and be measured instead: refuse rather than measure the wrong build.
  if (await answers(`${origin}/api/health`)) throw new Error(`Something already listens on ${origin}; stop it first.`);

  // The server's output goes to a log file, not the terminal: a page that logs on every request
  // would otherwise bury the progress lines and the tables.
  fs.mkdirSync(resultsDir, { recursive: true });
  const logFile = path.join(resultsDir, 'next-server.log');
  const log = fs.openSync(logFile, 'w');
  const [args, serverEnv] =
    serverKind === 'portal'
      ? [['server.mjs'], { ...env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', PORTAL_LOCAL_SECRETS: '1' }] // as scripts/start.mjs runs it
      : [[nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], env];
  // detached: the server leads its own process group, so stop() can end it and any worker it
  // forks with one signal to that group (-pid), without touching anything else.
  const server = spawn(process.execPath, args, { stdio: ['ignore', log, log], env: serverEnv, detached: true });
  fs.closeSync(log); // the child holds its own copy
  const { stop, exited } = groupStopper(server);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ]) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping the server on ${origin}.`);
      stop();
      process.exit(code);
    });
  }

  const relativeLog = path.relative(process.cwd(), logFile);
  const tail = () => fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-20).join('\n');
  // Poll the health route: it answers 200 only when the server is up and the database answers.
  const deadline = Date.now() + timeoutMs;
  while (!(await answers(`${origin}/api/health`, 200))) {
    if (exited()) throw new Error(`The ${serverKind} server exited before it became healthy; ${relativeLog} ends:\n${tail()}`);
    if (Date.now() > deadline) {
      stop();
      throw new Error(`${origin}/api/health did not answer 200 within ${timeoutMs / 1000} s; ${relativeLog} ends:\n${tail()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.log(`${serverKind === 'portal' ? 'server.mjs' : 'next start'} is serving ${distDir} at ${origin} (its log: ${relativeLog}).`);

  /** One line for the end of a run: errors the server logged while it was measured are worth a look. */
  const logSummary = () => {
    const errors = fs
      .readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((line) => /^\s*(\S*Error\b|⨯)/.test(line));
    if (!errors.length) return `The server logged no errors (${relativeLog}).`;
    const distinct = [...new Set(errors)];
    return `The server logged ${errors.length} error line(s), ${distinct.length} distinct, in ${relativeLog}:\n  ${distinct.slice(0, 5).join('\n  ')}`;
  };
  return { stop, logSummary };
}

/**
 * stop() for a server spawned `detached` (leading its own process group): one SIGTERM to the group
 * ends it and any worker it forked, and nothing else; also run when this process exits.
 */
export function groupStopper(server) {
  let gone = false;
  server.on('exit', () => (gone = true));
  const stop = () => {
    if (gone) return;
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    gone = true;
  };
  process.on('exit', stop);
  return { stop, exited: () => gone };
}

/** True when url answers (with that status, if one is given); false when nothing listens. */
async function answers(url, status) {
  try {
    const response = await fetch(url);
    await response.arrayBuffer();
    return status === undefined || response.status === status;
  } catch {
    return false;
  }
}

/**
 * How busy the CPUs are before measuring (0–1, sampled over a second while the benchmark idles).
 * Both benchmarks share two cores with whatever else runs; the figure goes into the JSON, and a
 * warning is printed when other work would make the numbers low.
 */
export async function idleCheck(ms = 1000) {
  const total = () => os.cpus().reduce((sum, cpu) => ({ idle: sum.idle + cpu.times.idle, all: sum.all + Object.values(cpu.times).reduce((a, b) => a + b, 0) }), { idle: 0, all: 0 });
  const before = total();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = total();
  const busy = 1 - (after.idle - before.idle) / (after.all - before.all || 1);
  if (busy > 0.2) console.warn(`Warning: the CPUs were ${Math.round(busy * 100)}% busy before measuring; other processes will slow the results.`);
  return Number(busy.toFixed(2));
}

/** Where both scripts write their JSON: bench/results/ (gitignored), one file per run. */
export function resultsFile(kind) {
  const dir = resultsDir;
  fs.mkdirSync(dir, { recursive: true });
  // An ISO timestamp, with ':' replaced so the name is also valid on Windows and in URLs.
  return path.join(dir, `${kind}-${new Date().toISOString().replaceAll(':', '-')}.json`);
}

/**
 * Prints rows (arrays of cells) as an aligned text table: the first `labels` columns (names)
 * left-aligned, the rest (figures) right-aligned; null shows as "–".
 */
export function printTable(header, rows, { labels = 2 } = {}) {
  const cells = [header, ...rows].map((row) => row.map((cell) => (cell === null || cell === undefined ? '–' : String(cell))));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => [...row[i]].length)));
  const line = (row) => row.map((cell, i) => (i < labels ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(cells[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}

/** Runs a bench's main and exits: 0 when it finished, 1 with the error printed when it threw (servers it left are stopped by their finally). */
export function runBench(main) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
