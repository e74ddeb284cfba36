// Before server.mjs loads the app: an SQLite database the server was pointed at must already be
// there. An instance that quietly created an empty file once answered "ok" to health checks,
// served 500s and, when the real files were put back, deleted the live WAL (issue 13). Only
// migrations (scripts/db-prepare.mjs, run by `npm start`) create a database.
// Kept as plain JavaScript beside lib/db/config.ts, which resolves DATABASE_URL the same way.
import fs from 'node:fs';
import path from 'node:path';

/** The SQLite file DATABASE_URL names (data/portal.db when unset), or null for PostgreSQL. */
export function sqliteFileOf(url) {
  if (!url) return path.resolve('data', 'portal.db');
  if (url.startsWith('file:')) return path.resolve(url.slice('file:'.length));
  return null;
}

/** Why the server must not start, or null when the database it names is there (or is PostgreSQL). */
export function missingDatabaseProblem(url = process.env.DATABASE_URL) {
  const file = sqliteFileOf(url);
  if (!file || fs.existsSync(file)) return null;
  return `The SQLite database ${file} does not exist. The server never creates one: run \`npm run db:migrate\` (or \`npm start\`) to create and migrate it, or point DATABASE_URL at the right file.`;
}
