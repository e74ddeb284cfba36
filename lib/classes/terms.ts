import { addDays, cityWallTime } from '@/lib/time/seoul';

/**
 * Three terms a year (docs/decisions/016): from the first Monday of March, July and November,
 * 16 weeks each. Registration opens at 09:00 Seoul time 16 weeks before a term starts and closes
 * at the end of its second week, so one term's window is open on every day of the year.
 */
const starts = ['03', '07', '11'] as const;
export const TERM_WEEKS = 16;

function firstMonday(year: number, month: string): string {
  const first = `${year}-${month}-01`;
  const weekday = new Date(`${first}T00:00:00Z`).getUTCDay();
  return addDays(first, (8 - weekday) % 7);
}

export type TermPlan = { slug: string; year: number; number: number; startsOn: Date; endsOn: Date; opensAt: Date; closesAt: Date };

export function termPlan(year: number, number: 1 | 2 | 3): TermPlan {
  const start = firstMonday(year, starts[number - 1]!);
  return {
    slug: `${year}-${number}`,
    year,
    number,
    startsOn: cityWallTime(start, '00:00'),
    endsOn: cityWallTime(addDays(start, TERM_WEEKS * 7 - 1), '23:59'),
    opensAt: cityWallTime(addDays(start, -TERM_WEEKS * 7), '09:00'),
    closesAt: cityWallTime(addDays(start, 13), '23:59'),
  };
}

/** The terms whose registration has not closed at `now`: the open one and the one after. */
export function upcomingTerms(now: Date, count = 2): TermPlan[] {
  const year = Number(now.toISOString().slice(0, 4));
  const all = [year - 1, year, year + 1].flatMap((y) => ([1, 2, 3] as const).map((n) => termPlan(y, n)));
  return all.filter((term) => term.closesAt > now).slice(0, count);
}
