/**
 * The portal's 17 locales (product brief). Korean is the default: the city's own language and
 * the fallback of last resort for staff-written text. Kept free of Next.js imports so scripts,
 * tests and the proxy can share it.
 */
export const locales = ['ko', 'en', 'zh', 'vi', 'ru', 'uz', 'id', 'km', 'ne', 'th', 'fil', 'mn', 'my', 'si', 'bn', 'lo', 'ur'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'ko';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The language of the page a form was posted from (a hidden `locale` field); Korean when absent. */
export function localeFromForm(formData: FormData): Locale {
  const value = formData.get('locale');
  return isLocale(value) ? value : defaultLocale;
}

/** Each language named in its own script, as the language picker shows it. */
export const nativeNames: Record<Locale, string> = {
  ko: '한국어',
  en: 'English',
  zh: '中文(简体)',
  vi: 'Tiếng Việt',
  ru: 'Русский',
  uz: 'Oʻzbekcha',
  id: 'Bahasa Indonesia',
  km: 'ខ្មែរ',
  ne: 'नेपाली',
  th: 'ไทย',
  fil: 'Filipino',
  mn: 'Монгол',
  my: 'မြန်မာ',
  si: 'සිංහල',
  bn: 'বাংলা',
  lo: 'ລາວ',
  ur: 'اردو',
};

/** BCP 47 tags for `lang`/`hreflang` and Intl: Uzbek and Mongolian name their script. */
export const languageTags: Record<Locale, string> = {
  ko: 'ko',
  en: 'en',
  zh: 'zh-Hans',
  vi: 'vi',
  ru: 'ru',
  uz: 'uz-Latn',
  id: 'id',
  km: 'km',
  ne: 'ne',
  th: 'th',
  fil: 'fil',
  mn: 'mn-Cyrl',
  my: 'my',
  si: 'si',
  bn: 'bn',
  lo: 'lo',
  ur: 'ur',
};

export const rtlLocales: ReadonlySet<Locale> = new Set<Locale>(['ur']);

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return rtlLocales.has(locale) ? 'rtl' : 'ltr';
}

/** Order in which staff-written text is tried when the reader's language is missing. */
export function fallbackChain(locale: Locale): Locale[] {
  return [...new Set<Locale>([locale, 'en', defaultLocale])];
}
