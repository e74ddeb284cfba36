import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * Direct access to the end-to-end server's SQLite file, for what a test cannot wait for in real
 * time (a session 13 hours old, a code past its 10 minutes) and to arrange data.
 */
export function e2eDb() {
  const db = new Database(path.join(process.cwd(), 'data', `e2e${process.env.E2E_TAG ?? ''}.db`), { timeout: 10_000 });
  return db;
}

export function withE2eDb<T>(run: (db: Database.Database) => T): T {
  const db = e2eDb();
  try {
    return run(db);
  } finally {
    db.close();
  }
}
