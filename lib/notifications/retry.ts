/** Attempts before a message is given up as FAILED (the admin mail view shows why). */
export const MAX_ATTEMPTS = 5;

const minute = 60_000;
// After attempt 1, 2, 3, 4: long enough for a mail server's restart or a full mailbox to pass,
// short enough that a resident still gets the message the same day.
const delays = [1 * minute, 5 * minute, 30 * minute, 120 * minute];

export function retryDelayMs(attempt: number): number {
  return delays[Math.min(Math.max(attempt, 1), delays.length) - 1]!;
}

/** One short line for OutboxMessage.lastError: code and first line of the message, no stack. */
export function describeError(error: unknown): string {
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as {
    code?: unknown;
    message?: unknown;
  };
  const message = String(e.message ?? error)
    .split('\n')[0]!
    .trim();
  const line = typeof e.code === 'string' && !message.includes(e.code) ? `${e.code}: ${message}` : message;
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}
