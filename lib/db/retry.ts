/**
 * Whether a Prisma error is a unique-constraint violation on a column. With driver adapters the
 * column is reported in different places per database, so every place is looked at.
 */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  const e = error as { code?: string; meta?: unknown; message?: string } | null;
  if (!e || e.code !== 'P2002') return false;
  if (!column) return true;
  return JSON.stringify(e.meta ?? {}).includes(column) || String(e.message ?? '').includes(column);
}

/**
 * A write that lost a race with another instance and may simply be tried again: SQLite's busy
 * or snapshot errors, PostgreSQL's serialization failures and deadlocks, Prisma's timeouts.
 */
export function isRetryable(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  if (!e) return false;
  if (e.code === 'P2034' || e.code === 'P2028') return true;
  return /SQLITE_BUSY|database is locked|could not serialize|deadlock detected/i.test(String(e.message ?? ''));
}

export async function withRetries<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
    }
  }
}

/**
 * The database could not be reached in time (a held SQLite lock past its budget, PostgreSQL gone
 * or slow): the person is asked to try again, with what they typed kept.
 */
export function isDatabaseBusy(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return isRetryable(error) || code === 'P1008' || code === 'P1001' || code === 'P1017' || code === 'P2024';
}
