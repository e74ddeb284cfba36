import 'server-only';

export { type Db } from './client';

/**
 * The app's database client: forwards to the process-wide client so integration tests can point
 * the same queries at SQLite and then at PostgreSQL (tests/support/databases.ts).
 */
export { dbForwarder as db } from './client';
