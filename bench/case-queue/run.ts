// The queue benchmark (docs/decisions/017), run by bench/case-queue.mjs under tsx: seeds N cases
// into a fresh SQLite file and a fresh PostgreSQL database, then times the queue's own functions
// (lib/cases/queue) as a supervisor and as a counsellor with a small scope. Never a test.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createDb, switchDatabase } from '@/lib/db/client';
import { migratePostgres, migrateSqlite } from '@/lib/db/migrate';
import { pgPoolConfig } from '@/lib/db/config';
import { permissionsOf, type Role } from '@/lib/auth/roles';
import type { StaffContext } from '@/lib/auth/guards';
import { consultationKind } from '@/lib/cases/kinds/consultation';
import { parseQueueFilter } from '@/lib/cases/queue/filters';
import { listQueue } from '@/lib/cases/queue/list';
import { countByStatus } from '@/lib/cases/queue/count';
import { encodeCursor } from '@/lib/cases/queue/cursor';
import { seedPostgres, seedSqlite, type Scale } from './seed';

const kinds = [consultationKind];
const actor = (id: string, roles: Role[]): StaffContext => ({
  id,
  name: id,
  email: `${id}@bench.example`,
  roles,
  permissions: permissionsOf(roles),
  languages: ['ko'],
  locale: 'en',
  twoFactorEnabled: true,
});
const roles = { supervisor: actor('bench-admin', ['supervisor']), counsellor: actor('bench-c-0', ['counsellor']) };

async function time(runs: number, work: () => Promise<unknown>) {
  await work(); // warm the cache and the statement once
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  const at = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!;
  return { p50: Math.round(at(0.5) * 10) / 10, p95: Math.round(at(0.95) * 10) / 10 };
}

let current: ReturnType<typeof createDb> | undefined;

/** A cursor 90% of the way down the list (newest first): a deep page, as if someone had paged that far. */
async function deepCursor(scale: Scale) {
  const id = `c${String(Math.floor(scale.cases * 0.1)).padStart(10, '0')}`;
  const row = await current!.case.findUniqueOrThrow({ where: { id }, select: { createdAt: true } });
  return encodeCursor({ at: row.createdAt, id });
}

async function measure(database: string, scale: Scale, runs: number) {
  const rows: Record<string, unknown>[] = [];
  const after = await deepCursor(scale);
  // Resident k's phone is +8210 and k in eight digits; typed the way people write it at home.
  const k = String(Math.floor(scale.residents / 2)).padStart(8, '0');
  const phone = `010-${k.slice(0, 4)}-${k.slice(4)}`;
  for (const [role, who] of Object.entries(roles)) {
    const scenarios: [string, () => Promise<unknown>][] = [
      ['first page', () => listQueue(who, parseQueueFilter({}), kinds)],
      ['deep page (90%)', () => listQueue(who, parseQueueFilter({}), kinds, { after })],
      ['unassigned Khmer (filter)', () => listQueue(who, parseQueueFilter(role === 'supervisor' ? { lang: 'km', assignee: 'unassigned' } : { lang: 'km' }), kinds)],
      ['open, interpreter (filter)', () => listQueue(who, parseQueueFilter({ state: 'open', interp: 'yes' }), kinds)],
      ['search by phone', () => listQueue(who, parseQueueFilter({ q: phone }), kinds)],
      ['search by name', () => listQueue(who, parseQueueFilter({ q: 'Sokha Chan' }), kinds)],
      ['counts per status', () => countByStatus(who, parseQueueFilter({}), kinds)],
      ['counts, Khmer', () => countByStatus(who, parseQueueFilter({ lang: 'km' }), kinds)],
    ];
    for (const [scenario, work] of scenarios) {
      const { p50, p95 } = await time(runs, work);
      rows.push({ database, cases: scale.cases, role, scenario, p50, p95 });
      console.log(`${database.padEnd(8)} ${String(scale.cases).padStart(8)} ${role.padEnd(10)} ${scenario.padEnd(28)} p50 ${String(p50).padStart(7)} ms  p95 ${String(p95).padStart(7)} ms`);
    }
  }
  return rows;
}

async function main() {
  const cases = Number(process.env.BENCH_CASES ?? 100_000);
  const runs = Number(process.env.BENCH_RUNS ?? 20);
  const scale: Scale = { cases, residents: Math.max(1000, Math.floor(cases * 0.3)), counsellors: 200, now: new Date() };
  const pgUrl = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const results: Record<string, unknown>[] = [];
  const dir = path.join(process.cwd(), 'data', 'bench-queue');
  fs.mkdirSync(dir, { recursive: true });

  const file = path.join(dir, `queue-${cases}.db`);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  let started = performance.now();
  migrateSqlite(file);
  seedSqlite(file, scale);
  console.log(`sqlite: ${cases} cases seeded in ${Math.round((performance.now() - started) / 1000)} s`);
  current = createDb({ kind: 'sqlite', file });
  switchDatabase(current);
  results.push(...(await measure('sqlite', scale, runs)));
  await current.$disconnect();

  const name = `portal_bench_queue_${cases}`;
  const admin = new pg.Client(pgPoolConfig(pgUrl));
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = Object.assign(new URL(pgUrl), { pathname: `/${name}` }).toString();
  started = performance.now();
  await migratePostgres(url);
  await seedPostgres(url, scale);
  console.log(`postgres: ${cases} cases seeded in ${Math.round((performance.now() - started) / 1000)} s`);
  current = createDb({ kind: 'postgres', url });
  switchDatabase(current);
  results.push(...(await measure('postgres', scale, runs)));
  await current.$disconnect();
  if (!process.env.BENCH_KEEP) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();

  const out = path.join(process.cwd(), 'bench', 'results', `case-queue-${cases}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ scale, runs, results }, null, 2));
  console.log(`\n${out}`);
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
