import { addDays, cityDayKey } from '@/lib/time/seoul';

/** A topic's booking rules (ConsultationTopic), in city days. */
export type BookingRules = {
  minNoticeDays: number;
  horizonDays: number;
  changeDeadlineDays: number;
  maxReschedules: number;
};

export const defaultRules: BookingRules = { minNoticeDays: 1, horizonDays: 28, changeDeadlineDays: 1, maxReschedules: 2 };

/**
 * The city days on which a slot may be booked today: from today + minimum notice to today +
 * horizon, both inclusive. Days, not hours: "at least one day's notice" means a resident can book
 * tomorrow at 09:00 at 23:00 tonight, as at HiKorea.
 */
export function bookableDays(rules: BookingRules, now: Date): { first: string; last: string } {
  const today = cityDayKey(now);
  return { first: addDays(today, rules.minNoticeDays), last: addDays(today, rules.horizonDays) };
}

export type SlotProblem = 'too_soon' | 'too_late';

export function slotProblem(rules: BookingRules, startsAt: Date, now: Date): SlotProblem | null {
  const { first, last } = bookableDays(rules, now);
  const day = cityDayKey(startsAt);
  if (day < first || startsAt <= now) return 'too_soon';
  if (day > last) return 'too_late';
  return null;
}

/** The last city day on which the resident may still change or cancel online. */
export function lastChangeDay(rules: BookingRules, startsAt: Date): string {
  return addDays(cityDayKey(startsAt), -rules.changeDeadlineDays);
}

export type ChangeProblem = 'not_active' | 'deadline_passed' | 'reschedule_limit';

export function changeProblem(rules: BookingRules, booking: { status: string; startsAt: Date; reschedules: number }, now: Date, change: 'reschedule' | 'cancel'): ChangeProblem | null {
  if (booking.status !== 'BOOKED') return 'not_active';
  if (cityDayKey(now) > lastChangeDay(rules, booking.startsAt)) return 'deadline_passed';
  if (change === 'reschedule' && booking.reschedules >= rules.maxReschedules) return 'reschedule_limit';
  return null;
}
