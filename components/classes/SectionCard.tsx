import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { languageTags } from '@/lib/i18n/locales';
import type { SectionCard as Card } from '@/lib/classes/catalogue';
import { scheduleValues } from '@/lib/time/week-days';
import { Link } from '@/lib/i18n/navigation';
import { Tag } from '@/components/ui/Tag';
import { RegistrationLine } from './RegistrationLine';

/** One section in the catalogue: level, term, days and time, place, seats left, registration. */
export async function SectionCard({ section, locale, now }: { section: Card; locale: Locale; now: Date }) {
  const t = await getTranslations('Classes');
  const headingId = `section-${section.id}`;
  return (
    <li className="border-s-4 border-brand bg-wash p-4" aria-labelledby={headingId}>
      <h3 id={headingId} className="text-xl font-bold">
        {t(`levels.${section.level}.name`)}
      </h3>
      <p>{t('term', { year: String(section.term.year), number: String(section.term.number) })}</p>
      <p>{t('schedule', scheduleValues(section, locale))}</p>
      <p lang={section.centre.name.isFallback ? languageTags[section.centre.name.locale] : undefined}>{section.centre.name.text}</p>
      <p className="mt-1">
        {section.cancelled ? <Tag tone="error">{t('cancelled')}</Tag> : <Tag tone={section.seatsLeft === 0 ? 'warning' : 'success'}>{t('seatsLeft', { count: section.seatsLeft })}</Tag>}
      </p>
      <p className="mt-1">
        <RegistrationLine section={section} locale={locale} now={now} />
      </p>
      <p className="mt-2">
        <Link href={`/classes/${section.id}`}>
          {t('details')}
          <span className="sr-only">
            {': '}
            {t(`levels.${section.level}.name`)}, {t('schedule', scheduleValues(section, locale))}
          </span>
        </Link>
      </p>
    </li>
  );
}
