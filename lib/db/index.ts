import 'server-only';
import { getDb, type Db } from './client';

export { type Db } from './client';

/**
 * The app's database client. A thin forwarder to the process-wide client so integration tests can
 * point the same queries at SQLite and then at PostgreSQL (tests/support/database.ts).
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});
