import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { windowState } from '@/lib/classes/rules';
import { cityZoneName, formatCityDate, formatCityTime } from '@/lib/time/seoul';

/** Whether registration is open, and until when; before it opens, when, in Seoul time with the zone named. */
export async function RegistrationLine({ section, locale, now }: { section: { opensAt: Date; closesAt: Date; cancelled: boolean }; locale: Locale; now: Date }) {
  const t = await getTranslations('Classes');
  const state = windowState(section, now);
  if (state === 'not_open') {
    return <>{t('opensOn', { date: formatCityDate(section.opensAt, locale), time: formatCityTime(section.opensAt, locale), zone: cityZoneName(locale, section.opensAt) })}</>;
  }
  if (state === 'open') return <>{t('openUntil', { date: formatCityDate(section.closesAt, locale) })}</>;
  return <>{t(state)}</>;
}
