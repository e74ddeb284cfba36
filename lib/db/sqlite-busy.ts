import { setTimeout as sleep } from 'node:timers/promises';

/**
 * SQLite's busy timeout waits inside better-sqlite3, which is synchronous: with the 10 s timeout
 * the portal had, one process holding the write lock froze every other instance's event loop
 * (health 9.8 s, static pages 9.8 s, issue 13). So each statement waits synchronously for at most
 * SQLITE_STATEMENT_BUSY_MS, and when the lock is still held it is tried again after an
 * asynchronous pause, during which the process serves everything else; after `budgetMs` the
 * statement fails as before (Prisma P1008), and the caller answers "try again" (docs/decisions/026).
 *
 * Retrying one statement is sound for plain SQLITE_BUSY: the statement did not run. A write that
 * finds its read snapshot stale fails with SQLITE_BUSY_SNAPSHOT instead, which is not retried here:
 * only the whole transaction can be (withRetries in lib/db/retry.ts).
 */
export const SQLITE_STATEMENT_BUSY_MS = 20;
export const SQLITE_BUSY_BUDGET_MS = 8_000;

const isBusy = (error: unknown) => (error as { cause?: { originalCode?: string } } | null)?.cause?.originalCode === 'SQLITE_BUSY';

export async function retryWhileBusy<T>(work: () => Promise<T>, budgetMs: number): Promise<T> {
  const giveUpAt = performance.now() + budgetMs;
  for (let pause = 5; ; pause = Math.min(pause * 2, 200)) {
    try {
      return await work();
    } catch (error) {
      if (!isBusy(error) || performance.now() + pause > giveUpAt) throw error;
      await sleep(pause);
    }
  }
}

type Queryable = { queryRaw: (q: unknown) => Promise<unknown>; executeRaw: (q: unknown) => Promise<unknown> };
type Adapter = Queryable & { startTransaction: (isolation?: unknown) => Promise<Queryable> };
type Factory = { connect: () => Promise<unknown> };

function retrying<T extends object>(target: T, budgetMs: number, methods: string[]): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== 'function') return value;
      if (!methods.includes(String(property))) return value.bind(object);
      return (...args: unknown[]) => retryWhileBusy(() => value.apply(object, args), budgetMs);
    },
  });
}

/** The adapter factory, with every statement (inside transactions too) retried asynchronously while the file is locked. */
export function retryBusyStatements<F extends Factory>(factory: F, budgetMs = SQLITE_BUSY_BUDGET_MS): F {
  return new Proxy(factory, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (property !== 'connect') return typeof value === 'function' ? value.bind(object) : value;
      return async () => {
        const adapter = (await object.connect()) as Adapter;
        const wrapped = retrying(adapter, budgetMs, ['queryRaw', 'executeRaw']);
        const startTransaction = adapter.startTransaction.bind(adapter);
        return new Proxy(wrapped, {
          get(target, name, r) {
            if (name !== 'startTransaction') return Reflect.get(target, name, r);
            return async (isolation?: unknown) => retrying(await startTransaction(isolation), budgetMs, ['queryRaw', 'executeRaw']);
          },
        });
      };
    },
  });
}
