// `npm run bench:booking`: the booking race of the end-to-end test, measured. On SQLite, then on
// PostgreSQL: a fresh database, two production server processes on it, N drafts for one slot
// with C seats, and N "Confirm booking" POSTs at once (as a browser without JavaScript sends
// them), alternating between the processes. Prints one row per database and writes the JSON to
// bench/results/booking-race-<timestamp>.json. The race itself is tests/support/race-harness.ts.
//   BENCH_REQUESTS (200), BENCH_CAPACITY (3); PostgreSQL from BENCH_POSTGRES_URL or TEST_POSTGRES_URL.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { idleCheck, prepareBuild, printTable, distDir, resultsFile, root } from './serve.mjs';

// The harness is TypeScript shared with the test (with @/ imports): this script runs itself again
// under tsx, so `node bench/booking-race.mjs` works like the other benchmarks.
if (!process.env.BOOKING_RACE_UNDER_TSX) {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const child = spawnSync(process.execPath, [tsx, fileURLToPath(import.meta.url)], { stdio: 'inherit', env: { ...process.env, BOOKING_RACE_UNDER_TSX: '1' } });
  process.exit(child.status ?? 1);
}
const { setUpRace, loggedErrors, postgresAdminUrl } = await import('../tests/support/race-harness.ts');

const requests = Number(process.env.BENCH_REQUESTS ?? 200);
const capacity = Number(process.env.BENCH_CAPACITY ?? 3);
if (!(requests >= 2 && capacity >= 1)) throw new Error('BENCH_REQUESTS must be at least 2 and BENCH_CAPACITY at least 1.');
if (process.env.BENCH_POSTGRES_URL) process.env.TEST_POSTGRES_URL = process.env.BENCH_POSTGRES_URL;
// Fail before the build rather than after the SQLite run.
postgresAdminUrl();

prepareBuild();
const logDir = path.join(root, 'bench', 'results');
const cpuBusyBefore = await idleCheck();
const rows = [];

for (const kind of ['sqlite', 'postgres']) {
  console.log(`\n${kind}: preparing a fresh database, ${requests} drafts for one slot with ${capacity} seats, and two servers…`);
  const race = await setUpRace({ kind, name: 'race_bench', distDir, logDir, requests, capacity, locale: 'ko' });
  try {
    console.log(`${kind}: ${requests} POSTs at once to ${race.origins.join(' and ')}…`);
    const outcome = await race.fire();
    const counts = await race.count();
    const errors = race.logFiles.flatMap(loggedErrors);
    const statuses = Object.fromEntries([...new Set(outcome.other.map((r) => r.status))].map((status) => [status, outcome.other.filter((r) => r.status === status).length]));
    rows.push({
      database: kind,
      requests,
      capacity,
      successes: outcome.booked.length,
      fulls: outcome.full.length,
      errors: outcome.other.length,
      otherStatuses: statuses,
      wallMs: Math.round(outcome.wallMs),
      p50Ms: Math.round(outcome.p50),
      p99Ms: Math.round(outcome.p99),
      seatsTaken: counts.booked,
      bookingsInDatabase: counts.allBookings,
      serverErrorLines: errors.length,
      firstOther: outcome.other[0] ?? null,
    });
  } finally {
    await race.close();
  }
}

console.log(`\nBooking race: ${requests} simultaneous confirmations of one slot with ${capacity} seats, two server processes (${distDir})\n`);
printTable(
  ['database', 'requests', 'successes', 'fulls', 'errors', 'wall ms', 'p50 ms', 'p99 ms', 'seats taken', 'bookings'],
  rows.map((r) => [r.database, r.requests, r.successes, r.fulls, r.errors, r.wallMs, r.p50Ms, r.p99Ms, `${r.seatsTaken}/${r.capacity}`, r.bookingsInDatabase]),
  { labels: 1 },
);
const wrong = rows.filter((r) => r.successes !== capacity || r.fulls !== requests - capacity || r.errors > 0 || r.seatsTaken !== capacity || r.bookingsInDatabase !== capacity);
for (const r of wrong)
  console.log(
    `\n${r.database}: NOT the expected ${capacity} bookings and ${requests - capacity} "full" answers. Other statuses: ${JSON.stringify(r.otherStatuses)}; first: ${JSON.stringify(r.firstOther)}`,
  );
for (const r of rows.filter((r) => r.serverErrorLines)) console.log(`${r.database}: the servers logged ${r.serverErrorLines} error line(s); see bench/results/race_bench-${r.database}-server-*.log`);

const file = resultsFile('booking-race');
fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), requests, capacity, instances: 2, distDir, cpuBusyBefore, rows }, null, 2));
console.log(`\nWritten to ${path.relative(root, file)}.`);
process.exitCode = wrong.length ? 1 : 0;
