import fs from 'node:fs';
import pg from 'pg';
import { migratePostgres, migrateSqlite } from '@/lib/db/migrate';
import { pgPoolConfig } from '@/lib/db/config';
import { templateNames, testDir, withDatabase } from './databases';

/**
 * Migrates one template per database with the checked-in migrations (the same code `npm start`
 * runs); each test file then copies it, which is much faster than migrating again.
 */
export default async function setup() {
  fs.rmSync(testDir, { recursive: true, force: true });
  fs.mkdirSync(testDir, { recursive: true });
  const names = templateNames();
  migrateSqlite(names.sqlite);

  const url = process.env.TEST_POSTGRES_URL;
  if (!url) {
    console.log('Integration tests: SQLite only (set TEST_POSTGRES_URL to run them on PostgreSQL too).');
    return () => fs.rmSync(testDir, { recursive: true, force: true });
  }
  const admin = new pg.Client(pgPoolConfig(url));
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${names.postgres} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${names.postgres}`);
  await migratePostgres(withDatabase(url, names.postgres));
  console.log(`Integration tests: SQLite and PostgreSQL (${new URL(url).host}).`);

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${names.postgres} WITH (FORCE)`);
    await admin.end();
    fs.rmSync(testDir, { recursive: true, force: true });
  };
}
