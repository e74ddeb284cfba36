import { z } from 'zod';
import type { Locale } from '@/lib/i18n/locales';
import { formatClock, weekdayName } from '@/lib/time/seoul';

export const openingHoursSchema = z.array(
  z.object({
    days: z.array(z.number().int().min(0).max(6)).min(1),
    opens: z.string().regex(/^\d{2}:\d{2}$/),
    closes: z.string().regex(/^\d{2}:\d{2}$/),
  }),
);
export type OpeningHours = z.infer<typeof openingHoursSchema>;

/** Monday first, as people in Korea read a week; Sunday last. */
const weekOrder = [1, 2, 3, 4, 5, 6, 0];

/**
 * Opening hours as lines of localised day names and times, e.g. "Monday – Friday: 09:00 – 18:00".
 * Consecutive days collapse into a range so a phone screen shows two lines, not seven.
 */
export function describeHours(hours: OpeningHours, locale: Locale) {
  return hours.map((rule) => {
    const days = weekOrder.filter((d) => rule.days.includes(d));
    const runs: number[][] = [];
    for (const day of days) {
      const last = runs.at(-1);
      const lastDay = last?.at(-1);
      if (last && lastDay !== undefined && weekOrder.indexOf(day) === weekOrder.indexOf(lastDay) + 1) last.push(day);
      else runs.push([day]);
    }
    const dayText = runs.map((run) => (run.length > 2 ? `${weekdayName(run[0]!, locale)} – ${weekdayName(run.at(-1)!, locale)}` : run.map((d) => weekdayName(d, locale)).join(', '))).join(', ');
    return { days: dayText, opens: formatClock(rule.opens, locale), closes: formatClock(rule.closes, locale), open: rule.opens, close: rule.closes };
  });
}
