import { isLocale, type Locale } from '@/lib/i18n/locales';
import { recipientLocale } from '@/lib/notifications/templates';

/**
 * The language a case's resident is written to in: the case's own (what the service recorded the
 * resident is served in), else their account's. Never a guess: a template without it is flagged.
 */
export function residentLanguageOf(caseLanguage: string | null, preferredLocale: string): Locale {
  return isLocale(caseLanguage) ? caseLanguage : recipientLocale(preferredLocale);
}
