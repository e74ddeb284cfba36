import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { alternatesFor } from '@/lib/i18n/metadata';
import type { Locale } from '@/lib/i18n/locales';
import { filterChoices, listSections, parseFilters } from '@/lib/classes/catalogue';
import { FilterForm } from '@/components/classes/FilterForm';
import { SectionCard } from '@/components/classes/SectionCard';
import { Link } from '@/lib/i18n/navigation';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Classes' });
  return { title: t('title'), description: t('lead'), alternates: alternatesFor(locale, '/classes') };
}

/** The catalogue: every section of the terms not yet over, filtered by the URL (level, day, place, term). */
export default async function ClassesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const filters = parseFilters(await searchParams);
  const now = new Date();
  const [t, sections, choices] = await Promise.all([getTranslations('Classes'), listSections(filters, locale, now), filterChoices(locale, now)]);
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-4 max-w-2xl text-lg">{t('lead')}</p>
      <p className="mb-6">
        <Link href="/classes/level-check">{t('selfCheckLink')}</Link>
      </p>
      <FilterForm filters={filters} choices={choices} locale={locale} />
      <h2 className="mb-4 text-2xl font-bold">{t('results', { count: sections.length })}</h2>
      <ul className="grid gap-4 md:grid-cols-2">
        {sections.map((section) => (
          <SectionCard key={section.id} section={section} locale={locale} now={now} />
        ))}
      </ul>
    </>
  );
}
