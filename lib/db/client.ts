import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from './generated/sqlite/client';
import { PrismaClient as PostgresClient } from './generated/postgres/client';
import { databaseTarget, pgPoolConfig, type DatabaseTarget } from './config';
import { retryBusyStatements, SQLITE_BUSY_BUDGET_MS, SQLITE_STATEMENT_BUSY_MS } from './sqlite-busy';

/**
 * Both generated clients expose the same API (one models file); the app is typed against the
 * SQLite one. Which one runs is decided by DATABASE_URL (docs/decisions/001).
 */
export type Db = SqliteClient;

const kinds = new WeakMap<Db, DatabaseTarget['kind']>();

/** `busyBudgetMs`: how long an SQLite statement keeps trying while another process holds the write lock. */
export function createDb(target: DatabaseTarget = databaseTarget(), { busyBudgetMs = SQLITE_BUSY_BUDGET_MS } = {}): Db {
  let client: Db;
  if (target.kind === 'postgres') {
    client = new PostgresClient({ adapter: new PrismaPg(pgPoolConfig(target.url)) }) as unknown as Db;
  } else {
    // Only migrations create a database (lib/db/migrate.ts): a client that made an empty file where
    // the real one was missing once answered health checks and lost bookings (issue 13).
    const adapter = new PrismaBetterSQLite3({ url: target.file, timeout: SQLITE_STATEMENT_BUSY_MS, fileMustExist: true });
    client = new SqliteClient({ adapter: retryBusyStatements(adapter, busyBudgetMs) });
  }
  kinds.set(client, target.kind);
  return client;
}

/** Which database a client talks to, for the few places where SQL differs. */
export const databaseKind = (client: Db = getDb()) => kinds.get(client) ?? databaseTarget().kind;

// One client per process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { portalDb?: Db };

export function getDb(): Db {
  globalForDb.portalDb ??= createDb();
  return globalForDb.portalDb;
}

/** Makes `db` (lib/db) use this client: integration tests switch databases, scripts pass their own. */
export function switchDatabase(client: Db | undefined) {
  globalForDb.portalDb = client;
}

/**
 * A stand-in that forwards every property to the current process-wide client, so code that keeps a
 * client (the auth library, the throttling store, `db`) follows switchDatabase() when tests switch
 * databases. Kept free of `server-only` so scripts can use it too.
 */
export const dbForwarder: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});
