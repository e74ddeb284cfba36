import type { Db } from '@/lib/db/client';
import { closeTransports, createTransports, type TransportSet } from './transports';
import { describeError, MAX_ATTEMPTS, retryDelayMs } from './retry';
import { onQueued } from './wake';

/** How long a claimed message is reserved for the instance sending it. */
export const CLAIM_LEASE_MS = 5 * 60_000;
export const DEFAULT_BATCH_SIZE = 20;
export const DEFAULT_DISPATCH_INTERVAL_MS = 10_000;

export type DispatchOptions = {
  /** The dispatcher's clock; tests move it to make retries due. */
  now?: Date;
  limit?: number;
  /** Defaults to the environment's (createTransports), created once per process. */
  transports?: TransportSet;
};

export type DispatchResult = { claimed: number; sent: number; retrying: number; failed: number };

type OutboxDb = Pick<Db, 'outboxMessage'>;

let envTransports: { key: string; set: TransportSet } | undefined;

function transportsFromEnv(): TransportSet {
  const key = `${process.env.SMTP_URL ?? ''}\n${process.env.MAIL_FROM ?? ''}`;
  if (envTransports?.key !== key) {
    if (envTransports) closeTransports(envTransports.set);
    envTransports = { key, set: createTransports() };
  }
  return envTransports.set;
}

/**
 * Delivers the PENDING messages that are due, oldest first. Several app instances may run it at
 * once: each message is claimed with a compare-and-set on its attempt counter, so only the
 * instance whose update matched sends it. The claim also pushes nextAttemptAt 5 minutes ahead (a
 * lease): if that instance dies mid-send, another one retries after the lease.
 */
export async function dispatchDue(db: OutboxDb, options: DispatchOptions = {}): Promise<DispatchResult> {
  const clock = () => options.now ?? new Date();
  const transports = options.transports ?? transportsFromEnv();
  const result: DispatchResult = { claimed: 0, sent: 0, retrying: 0, failed: 0 };

  const due = await db.outboxMessage.findMany({
    where: { status: 'PENDING', nextAttemptAt: { lte: clock() } },
    orderBy: [{ nextAttemptAt: 'asc' }, { createdAt: 'asc' }],
    take: options.limit ?? DEFAULT_BATCH_SIZE,
    select: { id: true, channel: true, template: true, locale: true, to: true, subject: true, text: true, html: true, attachments: true, headers: true, attempts: true },
  });

  for (const message of due) {
    const claim = await db.outboxMessage.updateMany({
      where: { id: message.id, status: 'PENDING', attempts: message.attempts },
      data: { attempts: { increment: 1 }, nextAttemptAt: new Date(clock().getTime() + CLAIM_LEASE_MS) },
    });
    if (claim.count !== 1) continue; // another instance got it first
    result.claimed++;
    const attempt = message.attempts + 1;
    const transport = transports[message.channel];
    try {
      await transport.send(message);
    } catch (error) {
      const lastError = describeError(error);
      const giveUp = attempt >= MAX_ATTEMPTS;
      const retryAt = new Date(clock().getTime() + retryDelayMs(attempt));
      // Guarded by the attempt we claimed: if our lease ran out and someone else took over, their
      // outcome wins.
      await db.outboxMessage.updateMany({
        where: { id: message.id, status: 'PENDING', attempts: attempt },
        data: giveUp ? { status: 'FAILED', lastError } : { lastError, nextAttemptAt: retryAt },
      });
      if (giveUp) result.failed++;
      else result.retrying++;
      // No address in logs (personal information); the id leads staff to it in the mail view.
      console.warn(
        `outbox: ${message.id} (${message.template}, ${transport.name}) attempt ${attempt}/${MAX_ATTEMPTS} failed` +
          `${giveUp ? ', giving up' : `, next try at ${retryAt.toISOString()}`}: ${lastError}`,
      );
      continue;
    }
    await db.outboxMessage.update({
      where: { id: message.id },
      data: { status: 'SENT', sentAt: clock(), transport: transport.name, lastError: null },
    });
    result.sent++;
  }
  return result;
}

export type DispatcherOptions = Pick<DispatchOptions, 'limit' | 'transports'>;

/**
 * Runs dispatchDue every `intervalMs`, and soon after queueMessage in this process, one run at a
 * time; a full batch is followed at once by the next. The timer does not keep the process alive,
 * and errors are logged, never thrown: a database hiccup must not crash the server. Returns a
 * function that stops it and resolves once the current run has finished.
 */
export function startDispatcher(db: OutboxDb, intervalMs = DEFAULT_DISPATCH_INTERVAL_MS, options: DispatcherOptions = {}): () => Promise<void> {
  const transports = options.transports ?? createTransports();
  const limit = options.limit ?? DEFAULT_BATCH_SIZE;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const run = async () => {
    do {
      again = false;
      try {
        const { claimed } = await dispatchDue(db, { limit, transports });
        if (claimed >= limit) again = true;
      } catch (error) {
        console.error(`outbox: dispatch failed: ${describeError(error)}`);
      }
    } while (again && !stopped);
  };

  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = run().finally(() => {
      running = undefined;
    });
  };

  const timer = setInterval(tick, intervalMs);
  timer.unref();
  const first = setTimeout(tick, 0);
  first.unref();
  const unsubscribe = onQueued(() => setImmediate(tick));

  return async () => {
    stopped = true;
    clearInterval(timer);
    clearTimeout(first);
    unsubscribe();
    await running;
    if (!options.transports) closeTransports(transports);
  };
}
