import type { Locale } from '@/lib/i18n/locales';
import type messages from './messages/en.json';

// Typed message keys (next-intl's AppConfig): a key missing from the messages is a type error in
// `t('…')`, `useTranslations('…')` and `getTranslations('…')`. English is the source locale the
// message tests compare every other locale against, so its file gives the shape.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
