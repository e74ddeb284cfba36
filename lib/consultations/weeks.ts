import { isDayKey, addDays } from '@/lib/time/seoul';
import { bookableDays, type BookingRules } from './rules';

/** Days of free times shown at once. */
export const DAYS_PER_PAGE = 7;

/**
 * The week of bookable days a page shows, from a `from` day in the address (or the first
 * bookable day), and the `from` days of the weeks before and after, when there are any.
 */
export function bookingWeek(rules: BookingRules, requested: unknown, now = new Date()) {
  const { first, last } = bookableDays(rules, now);
  const fromDay = isDayKey(requested) && requested >= first && requested <= last ? requested : first;
  const earlier = fromDay > first ? (addDays(fromDay, -DAYS_PER_PAGE) < first ? first : addDays(fromDay, -DAYS_PER_PAGE)) : undefined;
  const later = addDays(fromDay, DAYS_PER_PAGE) <= last ? addDays(fromDay, DAYS_PER_PAGE) : undefined;
  return { window: { fromDay, days: DAYS_PER_PAGE }, earlier, later, first };
}
