import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { pgPoolConfig, SQLITE_MIGRATION_BUSY_TIMEOUT_MS, type DatabaseTarget } from './config';

/**
 * Applies the checked-in SQL migrations (prisma/<db>/migrations) at start-up, recording them in
 * Prisma's own `_prisma_migrations` table so `prisma migrate status` agrees. Why not the Prisma
 * CLI: on these machines it runs a WebAssembly engine that lingers for up to a minute and needs
 * adapter workarounds; the SQL it generated is what we apply (docs/decisions/001).
 * Safe to run concurrently from several instances: SQLite takes a write lock, PostgreSQL an
 * advisory lock, and each migration is applied in one transaction.
 */
export type Migration = { name: string; sql: string; checksum: string };

export function readMigrations(kind: DatabaseTarget['kind'], root = process.cwd()): Migration[] {
  const dir = path.join(root, 'prisma', kind, 'migrations');
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') };
    });
}

const LEDGER_SQL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

function assertUnchanged(applied: Map<string, string>, migrations: Migration[]) {
  for (const m of migrations) {
    const checksum = applied.get(m.name);
    if (checksum && checksum !== m.checksum) {
      throw new Error(`Migration ${m.name} was changed after it was applied; add a new migration instead.`);
    }
  }
}

export function migrateSqlite(file: string, migrations = readMigrations('sqlite')): string[] {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const conn = new Database(file, { timeout: SQLITE_MIGRATION_BUSY_TIMEOUT_MS });
  try {
    // WAL lets readers go on while one instance writes; it is a property of the file.
    conn.pragma('journal_mode = WAL');
    conn.exec(LEDGER_SQL.replace(/TIMESTAMPTZ/g, 'DATETIME').replace('now()', 'CURRENT_TIMESTAMP'));
    const done: string[] = [];
    const run = conn.transaction(() => {
      const rows = conn.prepare('SELECT migration_name, checksum FROM _prisma_migrations WHERE rolled_back_at IS NULL').all() as { migration_name: string; checksum: string }[];
      const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
      assertUnchanged(applied, migrations);
      for (const m of migrations.filter((m) => !applied.has(m.name))) {
        conn.exec(m.sql);
        conn
          .prepare('INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count) VALUES (?, ?, ?, CURRENT_TIMESTAMP, 1)')
          .run(crypto.randomUUID(), m.checksum, m.name);
        done.push(m.name);
      }
    });
    run.immediate();
    return done;
  } finally {
    conn.close();
  }
}

const MIGRATION_LOCK_KEY = 4_270_601; // any constant shared by all instances

export async function migratePostgres(url: string, migrations = readMigrations('postgres')): Promise<string[]> {
  const client = new pg.Client(pgPoolConfig(url));
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(LEDGER_SQL);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>('SELECT migration_name, checksum FROM _prisma_migrations WHERE rolled_back_at IS NULL');
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    assertUnchanged(applied, migrations);
    const done: string[] = [];
    for (const m of migrations.filter((m) => !applied.has(m.name))) {
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), 1)', [crypto.randomUUID(), m.checksum, m.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      done.push(m.name);
    }
    return done;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

export async function migrate(target: DatabaseTarget): Promise<string[]> {
  return target.kind === 'postgres' ? migratePostgres(target.url) : migrateSqlite(target.file);
}
