import 'server-only';
import { type Db } from '@/lib/db';
import { databaseKind } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/sqlite/client';
import { readMigrations, type Migration } from '@/lib/db/migrate';

export type Readiness = { ok: boolean; kind: 'sqlite' | 'postgres'; problems: string[] };

// The checked-in migrations cannot change while a process runs: read them once.
const expectedMigrations = new Map<string, Migration[]>();
const migrationsFor = (kind: 'sqlite' | 'postgres') => {
  if (!expectedMigrations.has(kind)) expectedMigrations.set(kind, readMigrations(kind));
  return expectedMigrations.get(kind)!;
};

const tablesSql = {
  sqlite: "SELECT name FROM sqlite_master WHERE type = 'table'",
  postgres: 'SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema()',
};

/**
 * Whether this instance may take traffic: the database answers, its migration ledger holds exactly
 * the migrations this build ships (same names and checksums, all finished), and every model's table
 * is there. "A query answers" was not enough: an empty file created by mistake answers too (issue 13).
 * Problems name migrations and tables only, never connection details or error text.
 */
export async function checkReadiness(db: Db): Promise<Readiness> {
  const kind = databaseKind(db);
  const problems: string[] = [];
  let applied: { migration_name: string; checksum: string; finished_at: unknown }[];
  let tables: { name: string }[];
  try {
    // A constant per database (its catalogue differs), never built from input.
    tables = await db.$queryRawUnsafe<{ name: string }[]>(tablesSql[kind]);
    const names = new Set(tables.map((t) => t.name));
    if (!names.has('_prisma_migrations')) return { ok: false, kind, problems: ['no migration ledger'] };
    applied = await db.$queryRaw`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`;
    for (const model of Object.values(Prisma.ModelName)) if (!names.has(model)) problems.push(`missing table ${model}`);
  } catch {
    return { ok: false, kind, problems: ['database unreachable'] };
  }
  const ledger = new Map(applied.map((row) => [row.migration_name, row]));
  const expected = migrationsFor(kind);
  for (const migration of expected) {
    const row = ledger.get(migration.name);
    if (!row) problems.push(`migration ${migration.name} not applied`);
    else if (row.checksum !== migration.checksum) problems.push(`migration ${migration.name} differs from this build`);
    else if (row.finished_at == null) problems.push(`migration ${migration.name} unfinished`);
  }
  const known = new Set(expected.map((m) => m.name));
  for (const name of ledger.keys()) if (!known.has(name)) problems.push(`migration ${name} is newer than this build`);
  return { ok: problems.length === 0, kind, problems };
}
