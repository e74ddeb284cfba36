import { cityWallTime } from '@/lib/time/seoul';

/**
 * How long staff have to decide an application once it is submitted. The waiting on the resident
 * does not count: each answered request moves the deadline by the time waited (see answer.ts).
 */
export const DECISION_DAYS = 14;
const DAY_MS = 86_400_000;

export const decisionDueAt = (submittedAt: Date) => new Date(submittedAt.getTime() + DECISION_DAYS * DAY_MS);

/** The end of a due day in the city ("2026-12-15" → 23:59 Seoul time). */
export const endOfCityDay = (day: string) => cityWallTime(day, '23:59');

/** The decision deadline after a pause: moved by exactly the time the case waited on the resident. */
export function resumedDueAt(pausedDueAt: Date | null, requestedAt: Date, answeredAt: Date): Date | null {
  if (!pausedDueAt) return null;
  return new Date(pausedDueAt.getTime() + Math.max(0, answeredAt.getTime() - requestedAt.getTime()));
}
