/**
 * Runs once when a server instance starts: it delivers queued messages (emails, texts) from this
 * instance. Several instances may run it; the dispatcher claims each message atomically, so none
 * is sent twice (docs/decisions/005).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  if (process.env.DISPATCHER === 'off') return;
  const [{ startDispatcher }, { getDb }] = await Promise.all([import('@/lib/notifications/dispatch'), import('@/lib/db/client')]);
  startDispatcher(getDb());
}
