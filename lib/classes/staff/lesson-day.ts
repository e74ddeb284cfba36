import { languageTags, type Locale } from '@/lib/i18n/locales';
import { CITY_TIME_ZONE, cityWallTime, formatCityDate } from '@/lib/time/seoul';

/** A lesson day ("YYYY-MM-DD", Seoul) in the reader's language: in full for a heading or a choice. */
export const formatLessonDay = (day: string, locale: Locale) => formatCityDate(cityWallTime(day, '12:00'), locale);

/** The same day as a narrow column heading of the printed roster (month and day only). */
export const formatLessonDayShort = (day: string, locale: Locale) =>
  new Intl.DateTimeFormat(languageTags[locale], { month: 'numeric', day: 'numeric', timeZone: CITY_TIME_ZONE }).format(cityWallTime(day, '12:00'));
