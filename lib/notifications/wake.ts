/**
 * A nudge from queueMessage to a dispatcher running in the same process, so a sign-in code goes
 * out at once instead of at the next poll. Kept on globalThis because Next.js may load this
 * module more than once (instrumentation and route bundles); other instances still poll.
 */
type Listener = () => void;

const store = globalThis as unknown as { portalOutboxListeners?: Set<Listener> };
const listeners = (store.portalOutboxListeners ??= new Set());

export function announceQueued(): void {
  for (const listener of listeners) listener();
}

export function onQueued(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
