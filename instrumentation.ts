/**
 * Runs once when a server instance starts: it delivers queued messages (emails, texts) and runs
 * the periodic jobs (reminders, slots, clean-up) from this instance. Several instances may run
 * both; the dispatcher claims each message atomically and each job period is started by one
 * instance only, so nothing is sent twice (docs/decisions/005, 008).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  // A malformed variable stops the server here, with a message naming it, not at first use.
  (await import('@/lib/env')).readEnv();
  const [{ startDispatcher }, { startScheduler }, { jobs }, { getDb }] = await Promise.all([
    import('@/lib/notifications/dispatch'),
    import('@/lib/jobs/scheduler'),
    import('@/lib/registry/jobs'),
    import('@/lib/db/client'),
  ]);
  if (process.env.DISPATCHER !== 'off') startDispatcher(getDb());
  if (process.env.SCHEDULER !== 'off') startScheduler(getDb(), jobs);
}
