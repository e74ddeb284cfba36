import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import type { Filters } from '@/lib/classes/catalogue';
import { levels } from '@/lib/classes/levels';
import { weekOrder } from '@/lib/time/week-days';
import { weekdayName } from '@/lib/time/seoul';
import type { ResolvedText } from '@/lib/i18n/localized-text';
import { Select } from '@/components/ui/Select';
import { Button } from '@/components/ui/Button';
import { Link } from '@/lib/i18n/navigation';

type Choices = { terms: { slug: string; year: number; number: number }[]; centres: { slug: string; name: ResolvedText }[] };

/** The catalogue's filters as a GET form: the URL carries them, so it works without JavaScript and can be shared. */
export async function FilterForm({ filters, choices, locale }: { filters: Filters; choices: Choices; locale: Locale }) {
  const t = await getTranslations('Classes');
  return (
    <form method="get" action={`/${locale}/classes`} className="mb-6 border-2 border-muted p-4">
      <fieldset>
        <legend className="mb-2 text-xl font-bold">{t('filters.legend')}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Select
            name="level"
            label={t('filters.level')}
            placeholder={t('filters.any')}
            defaultValue={filters.level ?? ''}
            options={levels.map((level) => ({ value: level, label: t(`levels.${level}.name`) }))}
          />
          <Select
            name="day"
            label={t('filters.day')}
            placeholder={t('filters.any')}
            defaultValue={filters.day?.toString() ?? ''}
            options={weekOrder.map((day) => ({ value: String(day), label: weekdayName(day, locale) }))}
          />
          <Select
            name="place"
            label={t('filters.place')}
            placeholder={t('filters.any')}
            defaultValue={filters.place ?? ''}
            options={choices.centres.map((c) => ({ value: c.slug, label: c.name.text }))}
          />
          <Select
            name="term"
            label={t('filters.term')}
            placeholder={t('filters.any')}
            defaultValue={filters.term ?? ''}
            options={choices.terms.map((term) => ({ value: term.slug, label: t('term', { year: String(term.year), number: String(term.number) }) }))}
          />
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button>{t('filters.submit')}</Button>
        <Link href="/classes">{t('filters.clear')}</Link>
      </div>
    </form>
  );
}
