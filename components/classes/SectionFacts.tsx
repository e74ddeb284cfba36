import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { languageTags, type Locale } from '@/lib/i18n/locales';
import type { SectionCard } from '@/lib/classes/catalogue';
import { scheduleValues } from '@/lib/time/week-days';
import { formatCityDate } from '@/lib/time/seoul';
import { RegistrationLine } from './RegistrationLine';

/** A section's facts as a description list: what, how long, when, where, who teaches, who may enrol. */
export async function SectionFacts({ section, locale, now }: { section: SectionCard; locale: Locale; now: Date }) {
  const t = await getTranslations('Classes');
  const row = (label: string, value: ReactNode) => (
    <>
      <dt className="font-bold">{label}</dt>
      <dd className="mb-2">{value}</dd>
    </>
  );
  const fallback = (text: { isFallback: boolean; locale: Locale }) => (text.isFallback ? languageTags[text.locale] : undefined);
  return (
    <dl className="mb-6 grid max-w-3xl gap-x-6 sm:grid-cols-[12rem_1fr]">
      {row(t('section.level'), `${t(`levels.${section.level}.name`)}: ${t(`levels.${section.level}.summary`)}`)}
      {row(t('section.hours'), t('section.hoursValue', { hours: section.hours }))}
      {row(t('section.term'), t('term', { year: String(section.term.year), number: String(section.term.number) }))}
      {row(t('section.dates'), t('section.datesValue', { from: formatCityDate(section.term.startsOn, locale), to: formatCityDate(section.term.endsOn, locale) }))}
      {row(t('section.when'), t('schedule', scheduleValues(section, locale)))}
      {row(
        t('section.place'),
        <>
          <span lang={fallback(section.centre.name)}>{section.centre.name.text}</span>
          <br />
          <span lang={fallback(section.centre.address)}>{section.centre.address.text}</span>
        </>,
      )}
      {row(t('section.teacher'), section.teacher)}
      {row(t('section.eligibility'), t(`eligibility.${section.eligibility as 'ANY_ADULT'}`))}
      {row(t('section.seats'), section.cancelled ? t('cancelled') : t('seatsLeft', { count: section.seatsLeft }))}
      {row(t('section.registration'), <RegistrationLine section={section} locale={locale} now={now} />)}
    </dl>
  );
}
