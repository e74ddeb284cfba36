import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { languageNameIn } from '@/lib/i18n/language-name';
import type { ManagedBooking } from '@/lib/consultations/queries';
import { cityZoneName, formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { CentreAddress } from '@/components/centers/CentreAddress';

/** The appointment as a description list: when (zone named), topic, how, where, language, reference. */
export async function BookingSummary({ booking, locale }: { booking: ManagedBooking; locale: Locale }) {
  const [t, ts] = await Promise.all([getTranslations('Consultations.check.rows'), getTranslations('Consultations')]);
  const rows = [
    {
      key: 'reference',
      label: ts('manage.reference'),
      value: (
        <span className="font-mono text-lg font-bold" dir="ltr">
          {booking.reference}
        </span>
      ),
    },
    {
      key: 'time',
      label: t('time'),
      value: `${formatCityDate(booking.startsAt, locale)}, ${formatCityTime(booking.startsAt, locale)} (${cityZoneName(locale, booking.startsAt)})`,
    },
    { key: 'topic', label: t('topic'), value: booking.topic.title.text },
    { key: 'channel', label: t('channel'), value: ts(`channels.${booking.channel}`) },
    ...(booking.channel === 'VISIT'
      ? [{ key: 'place', label: t('place'), value: <CentreAddress prefix={booking.centre.name.text} address={booking.centre.address} korean={booking.centre.addressKo} /> }]
      : []),
    { key: 'language', label: t('language'), value: languageNameIn(booking.language, locale) + (booking.interpreterNeeded ? ` · ${ts('manage.withInterpreter')}` : '') },
    { key: 'contact', label: ts('manage.contact'), value: <span dir="ltr">{booking.contact}</span> },
  ];
  return (
    <dl className="mb-6 max-w-3xl divide-y divide-muted border-y border-muted">
      {rows.map((row) => (
        <div key={row.key} className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr] sm:gap-4">
          <dt className="font-semibold">{row.label}</dt>
          <dd className="break-words">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
