import 'server-only';
import { db } from '@/lib/db';
import { databaseKind } from '@/lib/db/client';

/** Asks the database a trivial question; reports the kind of database and the round trip, never the error text. */
export async function checkDatabase() {
  const started = performance.now();
  const kind = databaseKind();
  try {
    await db.$queryRaw`SELECT 1`;
    return { ok: true, kind, latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { ok: false, kind, latencyMs: Math.round(performance.now() - started) };
  }
}
