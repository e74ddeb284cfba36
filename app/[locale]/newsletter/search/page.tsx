import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { languageTags, type Locale } from '@/lib/i18n/locales';
import { searchArticles } from '@/lib/newsletter/queries';
import { Link } from '@/lib/i18n/navigation';
import { SearchForm } from '@/components/newsletter/SearchForm';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Newsletter.search' });
  return { title: t('heading'), robots: { index: false } };
}

/** Results in whichever language matched, each marked with its own `lang`. */
export default async function NewsletterSearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? '';
  const [t, results] = await Promise.all([getTranslations('Newsletter.search'), query ? searchArticles(query) : Promise.resolve([])]);
  return (
    <>
      <p className="no-print mb-4">
        <Link href="/newsletter">{t('back')}</Link>
      </p>
      <h1 className="mb-6 text-3xl font-bold">{t('heading')}</h1>
      <SearchForm query={query} />
      {query ? (
        <p role="status" className="mb-6 font-semibold">
          {t('results', { count: results.length, query })}
        </p>
      ) : null}
      <ul className="space-y-6">
        {results.map((result) => (
          <li key={`${result.issue}-${result.slug}-${result.locale}`} lang={languageTags[result.locale as Locale]} className="border-t-4 border-brand pt-3">
            <h2 className="text-xl font-bold">
              <a href={`/${result.locale}/newsletter/${result.issue}/${result.slug}`}>{result.title}</a>
            </h2>
            <p>{result.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
