import { languageTags, type Locale } from '@/lib/i18n/locales';
import { formatClock, weekdayName } from './seoul';

/** Weekdays as stored (0 = Sunday), in the week's order for a Korean reader: Monday first. */
export const weekOrder = [1, 2, 3, 4, 5, 6, 0] as const;

export function parseDays(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((d): d is number => Number.isInteger(d) && d >= 0 && d <= 6) : [];
}

/** "Monday and Wednesday" in the reader's language (Intl's list and weekday names). */
export function formatDays(days: readonly number[], locale: Locale): string {
  const sorted = weekOrder.filter((day) => days.includes(day));
  return new Intl.ListFormat(languageTags[locale], { type: 'conjunction' }).format(sorted.map((day) => weekdayName(day, locale)));
}

/** The values of a section's schedule line: days and clock times, formatted for the locale. */
export const scheduleValues = (section: { days: readonly number[]; startTime: string; endTime: string }, locale: Locale) => ({
  days: formatDays(section.days, locale),
  from: formatClock(section.startTime, locale),
  to: formatClock(section.endTime, locale),
});
