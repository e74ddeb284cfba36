import { languageTags, type Locale } from '@/lib/i18n/locales';

/**
 * Every time is stored in UTC and shown in the city's zone, with the zone named, in the reader's
 * language. One place so pages, emails and calendar files agree (brief: "emails an hour off").
 */
export const CITY_TIME_ZONE = 'Asia/Seoul';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions, timeZone = CITY_TIME_ZONE) {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(languageTags[locale], { ...options, timeZone });
    cache.set(key, f);
  }
  return f;
}

/** The calendar day in the city, as YYYY-MM-DD: what "the same day" means for grouping. */
export function cityDayKey(date: Date, timeZone = CITY_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export const formatCityDate = (date: Date, locale: Locale, timeZone?: string) => formatter(locale, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }, timeZone).format(date);

export const formatCityTime = (date: Date, locale: Locale, timeZone?: string) => formatter(locale, { hour: 'numeric', minute: '2-digit' }, timeZone).format(date);

/** The zone's name in the reader's language, e.g. "Korean Standard Time". */
export function cityZoneName(locale: Locale, date = new Date(), timeZone = CITY_TIME_ZONE): string {
  const part = formatter(locale, { timeZoneName: 'long' }, timeZone)
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** A weekday's name (0 = Sunday) in the reader's language, independent of any zone. */
export function weekdayName(day: number, locale: Locale, width: 'long' | 'short' = 'long'): string {
  // 2026-01-04 was a Sunday; noon UTC keeps it the same day in every zone.
  const date = new Date(Date.UTC(2026, 0, 4 + day, 12));
  return new Intl.DateTimeFormat(languageTags[locale], { weekday: width, timeZone: 'UTC' }).format(date);
}

/** "09:00" on a clock, in the reader's conventions. */
export function formatClock(hhmm: string, locale: Locale): string {
  const [h, m] = hhmm.split(':').map(Number);
  const date = new Date(Date.UTC(2026, 0, 5, h ?? 0, m ?? 0));
  return new Intl.DateTimeFormat(languageTags[locale], { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(date);
}

/** The zone's offset from UTC in minutes at an instant (Seoul: +540, no daylight saving today). */
function offsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant at which the city's clocks show `hhmm` on `day` ("2026-12-01", "00:30"). Computed
 * from the zone's rules rather than a fixed +09:00, so it stays right if the rules ever change.
 */
export function cityWallTime(day: string, hhmm: string, timeZone = CITY_TIME_ZONE): Date {
  const [y, mo, d] = day.split('-').map(Number);
  const [h, mi] = hhmm.split(':').map(Number);
  const naive = Date.UTC(y!, mo! - 1, d!, h!, mi!);
  const first = naive - offsetMinutes(new Date(naive), timeZone) * 60_000;
  return new Date(naive - offsetMinutes(new Date(first), timeZone) * 60_000);
}

/** A city day `n` days after `day` (calendar arithmetic on the date alone). */
export function addDays(day: string, n: number): string {
  const [y, mo, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, mo! - 1, d! + n)).toISOString().slice(0, 10);
}

/** The weekday of a city day, 0 = Sunday. */
export function weekdayOf(day: string): number {
  const [y, mo, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, mo! - 1, d!)).getUTCDay();
}

/** "09:30" on the city's clock at an instant. */
export function cityClock(at: Date, timeZone = CITY_TIME_ZONE): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}

export const isDayKey = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** A `datetime-local` value ("2026-12-02T14:30") read on the city's clock; null when not a real time. */
export function parseCityDateTime(value: string, timeZone = CITY_TIME_ZONE): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match || !isDayKey(match[1]) || Number(match[2]) > 23 || Number(match[3]) > 59) return null;
  return cityWallTime(match[1]!, `${match[2]}:${match[3]}`, timeZone);
}

/** The `datetime-local` value showing an instant on the city's clock. */
export const cityDateTimeInput = (at: Date, timeZone = CITY_TIME_ZONE) => `${cityDayKey(at, timeZone)}T${cityClock(at, timeZone)}`;
