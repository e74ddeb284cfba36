import os from 'node:os';
import type { Db } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/retry';

export type Job = {
  name: string;
  /** The job runs once per period of this many minutes, counted from the Unix epoch. */
  everyMinutes: number;
  run(db: Db, now: Date): Promise<unknown>;
};

export const instanceName = () => `${os.hostname()}:${process.pid}`;

/** "2026-11-22T10:15:00.000Z" for a 15-minute job at 10:21: the period a run belongs to. */
export function periodOf(job: Pick<Job, 'everyMinutes'>, now: Date): string {
  const size = job.everyMinutes * 60_000;
  return new Date(Math.floor(now.getTime() / size) * size).toISOString();
}

export type JobOutcome = { job: string; period: string; ran: boolean; result?: unknown; error?: string };

/**
 * Runs every job whose current period has not been started by any instance. Starting is an
 * INSERT of (job, period) under a unique index: of several instances ticking at once, exactly one
 * inserts and runs it; the others see the violation and skip. The jobs themselves are also
 * idempotent per item (decision 008), so a run that died half-way is finished by the next period.
 */
export async function runDueJobs(db: Db, jobs: readonly Job[], { now = new Date(), instance = instanceName() } = {}): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = [];
  for (const job of jobs) {
    const period = periodOf(job, now);
    let runId: string;
    try {
      runId = (await db.jobRun.create({ data: { job: job.name, period, instance }, select: { id: true } })).id;
    } catch (error) {
      if (isUniqueViolation(error)) {
        outcomes.push({ job: job.name, period, ran: false });
        continue;
      }
      throw error;
    }
    try {
      const result = await job.run(db, now);
      await db.jobRun.update({ where: { id: runId }, data: { finishedAt: new Date(), result: JSON.parse(JSON.stringify(result ?? null)) } });
      outcomes.push({ job: job.name, period, ran: true, result });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await db.jobRun.update({ where: { id: runId }, data: { finishedAt: new Date(), error: message.slice(0, 2000) } });
      console.error(`jobs: ${job.name} (${period}) failed: ${message}`);
      outcomes.push({ job: job.name, period, ran: true, error: message });
    }
  }
  return outcomes;
}

/**
 * Ticks every `intervalMs` (a minute) in each server instance; errors are logged, never thrown.
 * The timer does not keep the process alive. Returns a stop function.
 */
export function startScheduler(db: Db, jobs: readonly Job[], intervalMs = 60_000): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const tick = () => {
    if (running) return;
    running = runDueJobs(db, jobs)
      .catch((error) => console.error(`jobs: tick failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  const first = setTimeout(tick, 1_000);
  first.unref();
  return async () => {
    clearInterval(timer);
    clearTimeout(first);
    await running;
  };
}
