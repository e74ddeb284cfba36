// `npm run bench:sqlite-lock`: what a write lock held by another process does to this one. A child
// process holds SQLite's write lock for BENCH_LOCK_MS (3000); meanwhile this process starts one
// write and, every 10 ms, a timer whose lateness is recorded: the event loop's longest stall is
// how long health checks and static pages would have waited. Once with the portal's client (20 ms
// synchronous busy timeout, asynchronous retries: lib/db/sqlite-busy.ts), once with the client as
// it was (10 s synchronous busy timeout). Writes bench/results/sqlite-lock-<timestamp>.json.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { createDb, type Db } from '@/lib/db/client';
import { PrismaClient } from '@/lib/db/generated/sqlite/client';
import { migrateSqlite } from '@/lib/db/migrate';

const lockMs = Number(process.env.BENCH_LOCK_MS ?? 3000);
const dir = path.join(process.cwd(), 'data', 'bench-lock');

/** Another process takes the write lock, says so, and keeps it for `ms`. */
function holdLock(file: string, ms: number): Promise<() => Promise<void>> {
  const code = `const db = require('better-sqlite3')(${JSON.stringify(file)}); db.exec('BEGIN IMMEDIATE'); process.stdout.write('locked\\n'); setTimeout(() => { db.exec('COMMIT'); process.exit(0); }, ${ms});`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  const done = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve) => child.stdout.once('data', () => resolve(() => done)));
}

async function measure(label: string, db: Db, file: string) {
  await db.$queryRaw`SELECT 1`;
  const released = await holdLock(file, lockMs);
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  let ticks = 0;
  let worstLateMs = 0;
  let expected = performance.now() + 10;
  const timer = setInterval(() => {
    const now = performance.now();
    worstLateMs = Math.max(worstLateMs, now - expected);
    expected = now + 10;
    ticks++;
  }, 10);
  histogram.enable();
  const started = performance.now();
  const outcome = await db.city.create({ data: { slug: `lock-${label}-${Date.now()}`, name: {}, agency: {}, phone: '0', email: 'x@example.org', website: 'https://example.org' } }).then(
    () => 'written',
    (error: { code?: string }) => `failed (${error.code ?? 'error'})`,
  );
  const writeMs = performance.now() - started;
  await released();
  histogram.disable();
  clearInterval(timer);
  return {
    client: label,
    lockMs,
    write: outcome,
    writeMs: Math.round(writeMs),
    worstEventLoopStallMs: Math.round(worstLateMs),
    eventLoopP99Ms: Math.round(histogram.percentile(99) / 1e6),
    timerTicks: ticks,
  };
}

async function main() {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'lock.db');
  migrateSqlite(file);
  const results = [];
  const portal = createDb({ kind: 'sqlite', file });
  results.push(await measure('portal (20 ms + async retries)', portal, file));
  await portal.$disconnect();
  const before = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file, timeout: 10_000 }) });
  results.push(await measure('before (10 s busy timeout)', before, file));
  await before.$disconnect();
  console.table(results);
  const out = path.join(process.cwd(), 'bench', 'results', `sqlite-lock-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(results, null, 2));
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
