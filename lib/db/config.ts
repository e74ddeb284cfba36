import path from 'node:path';

export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

/**
 * DATABASE_URL unset (or file:) means an SQLite file under data/; postgres:// means PostgreSQL.
 * Kept free of `server-only` so scripts (migrate, seed) and tests share it with the app.
 */
export function databaseTarget(url = process.env.DATABASE_URL): DatabaseTarget {
  if (!url) return { kind: 'sqlite', file: path.resolve('data', 'portal.db') };
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return { kind: 'postgres', url };
  if (url.startsWith('file:')) return { kind: 'sqlite', file: path.resolve(url.slice('file:'.length)) };
  throw new Error('DATABASE_URL must start with file:, postgres:// or postgresql://');
}

/** Pool options from the URL's parts: adapter-pg mishandles some connectionString forms (TOOLCHAIN.md). */
export function pgPoolConfig(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
    database: decodeURIComponent(u.pathname.slice(1)) || undefined,
    max: Number(u.searchParams.get('connection_limit') ?? 10),
    idleTimeoutMillis: 10_000,
  };
}

/** Migrations run in their own process before the server starts: waiting synchronously there blocks nobody. */
export const SQLITE_MIGRATION_BUSY_TIMEOUT_MS = 10_000;
