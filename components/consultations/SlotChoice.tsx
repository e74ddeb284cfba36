import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { byCityDay, type OpenSlot } from '@/lib/consultations/availability';
import { cityZoneName, formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { SlotPicker } from '@/components/ui/SlotPicker';
import { Link } from '@/lib/i18n/navigation';

/**
 * The free times of one week grouped by city day, with the zone named, and links to the weeks
 * before and after. A week at a time keeps the page short on a cheap phone and the query small.
 */
export async function SlotChoice({
  slots,
  locale,
  error,
  selected,
  earlierHref,
  laterHref,
}: {
  slots: OpenSlot[];
  locale: Locale;
  error?: string;
  selected?: string;
  earlierHref?: string;
  laterHref?: string;
}) {
  const t = await getTranslations('Consultations.time');
  const tc = await getTranslations('Components.slots');
  return (
    <>
      <SlotPicker
        name="slot"
        legend={<span className="text-xl">{t('legend')}</span>}
        hint={tc('timeZone', { zone: cityZoneName(locale) })}
        error={error}
        selected={selected}
        days={byCityDay(slots).map(({ day, slots: list }) => ({
          key: day,
          label: formatCityDate(list[0]!.startsAt, locale),
          slots: list.map((slot) => ({
            value: slot.id,
            label: formatCityTime(slot.startsAt, locale),
            hint: tc('seatsLeft', { count: slot.seatsLeft }),
          })),
        }))}
      />
      {earlierHref || laterHref ? (
        <nav aria-label={t('moreDates')} className="mb-4 flex gap-4">
          {earlierHref ? <Link href={earlierHref}>{t('earlier')}</Link> : null}
          {laterHref ? <Link href={laterHref}>{t('later')}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
