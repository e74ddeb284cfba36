import { languageTags, type Locale } from '@/lib/i18n/locales';

/** An amount in won as the reader's language writes money ("₩1,634,500", "1.634.500 ₩"). */
export const formatWon = (amount: number, locale: Locale) => new Intl.NumberFormat(languageTags[locale], { style: 'currency', currency: 'KRW', maximumFractionDigits: 0 }).format(amount);

/** A rule version's start as a date in the reader's language, in Seoul. */
export const formatEffective = (date: Date, locale: Locale) => new Intl.DateTimeFormat(languageTags[locale], { dateStyle: 'long', timeZone: 'Asia/Seoul' }).format(date);

/** Unicode isolates keep an amount, a time or a code whole inside right-to-left text. */
export const isolate = (text: string) => `\u2068${text}\u2069`;
