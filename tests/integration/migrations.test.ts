import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migratePostgres, migrateSqlite, readMigrations } from '@/lib/db/migrate';
import { pgPoolConfig } from '@/lib/db/config';
import { testDir, withDatabase } from '../support/databases';

describe('migrations [sqlite]', () => {
  it('create a fresh database, then do nothing on the next start', () => {
    const file = path.join(testDir, 'fresh.db');
    expect(migrateSqlite(file)).toEqual(readMigrations('sqlite').map((m) => m.name));
    expect(migrateSqlite(file)).toEqual([]);
    const conn = new Database(file);
    expect(conn.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = conn
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((r) => (r as { name: string }).name);
    conn.close();
    expect(tables).toEqual(expect.arrayContaining(['Case', 'CaseEvent', 'AuditLog', 'Center', 'Resident', 'StaffUser', '_prisma_migrations']));
  });

  it('refuse to start when an applied migration was edited', () => {
    const file = path.join(testDir, 'edited.db');
    const migrations = readMigrations('sqlite');
    migrateSqlite(file, migrations);
    const edited = migrations.map((m, i) => (i === 0 ? { ...m, checksum: 'different' } : m));
    expect(() => migrateSqlite(file, edited)).toThrow(/changed after it was applied/);
  });

  it('exist for both databases under the same names', () => {
    expect(readMigrations('postgres').map((m) => m.name)).toEqual(readMigrations('sqlite').map((m) => m.name));
    expect(fs.existsSync(path.join('prisma', 'postgres', 'migrations'))).toBe(true);
  });
});

describe.runIf(process.env.TEST_POSTGRES_URL)('migrations [postgres]', () => {
  it('create a fresh database, then do nothing on the next start, even when two instances start together', async () => {
    const admin = new pg.Client(pgPoolConfig(process.env.TEST_POSTGRES_URL!));
    await admin.connect();
    const name = `portal_test_migrate_${process.pid}`;
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = withDatabase(process.env.TEST_POSTGRES_URL!, name);
      const [first, second] = await Promise.all([migratePostgres(url), migratePostgres(url)]);
      expect([...first, ...second]).toEqual(readMigrations('postgres').map((m) => m.name));
      expect(await migratePostgres(url)).toEqual([]);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
