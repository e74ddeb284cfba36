import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { byCityDay, type OpenSlot } from '@/lib/consultations/availability';
import { cityZoneName, formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { SlotPicker } from '@/components/ui/SlotPicker';
import { Link } from '@/lib/i18n/navigation';

/** Days with free times shown per page: a week's worth keeps the page short on a cheap phone. */
export const DAYS_PER_PAGE = 7;

/** The free times grouped by city day, a week at a time, with the zone named. */
export async function SlotChoice({
  slots,
  locale,
  error,
  page,
  pageHref,
  selected,
}: {
  slots: OpenSlot[];
  locale: Locale;
  error?: string;
  page: number;
  pageHref: (page: number) => string;
  selected?: string;
}) {
  const t = await getTranslations('Consultations.time');
  const tc = await getTranslations('Components.slots');
  const days = byCityDay(slots);
  const pages = Math.max(1, Math.ceil(days.length / DAYS_PER_PAGE));
  const current = Number.isInteger(page) && page >= 0 && page < pages ? page : 0;
  const shown = days.slice(current * DAYS_PER_PAGE, (current + 1) * DAYS_PER_PAGE);
  return (
    <>
      <SlotPicker
        name="slot"
        legend={<span className="text-xl">{t('legend')}</span>}
        hint={tc('timeZone', { zone: cityZoneName(locale) })}
        error={error}
        selected={selected}
        days={shown.map(({ day, slots: list }) => ({
          key: day,
          label: formatCityDate(list[0]!.startsAt, locale),
          slots: list.map((slot) => ({
            value: slot.id,
            label: formatCityTime(slot.startsAt, locale),
            hint: tc('seatsLeft', { count: slot.seatsLeft }),
          })),
        }))}
      />
      {pages > 1 ? (
        <nav aria-label={t('moreDates')} className="mb-4 flex gap-4">
          {current > 0 ? <Link href={pageHref(current - 1)}>{t('earlier')}</Link> : null}
          {current < pages - 1 ? <Link href={pageHref(current + 1)}>{t('later')}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
