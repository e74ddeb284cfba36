import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { alternatesFor } from '@/lib/i18n/metadata';
import type { Locale } from '@/lib/i18n/locales';
import { listIssues } from '@/lib/newsletter/queries';
import { Link } from '@/lib/i18n/navigation';
import { LocalizedValue } from '@/components/ui/LocalizedValue';
import { SearchForm } from '@/components/newsletter/SearchForm';

// Prerendered per locale; staff changes revalidate it at once (lib/newsletter/staff).
export const revalidate = 300;

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Newsletter' });
  return {
    title: t('title'),
    description: t('metaDescription'),
    alternates: { ...alternatesFor(locale, '/newsletter'), types: { 'application/atom+xml': [{ url: `/${locale}/newsletter/feed.xml`, title: t('feed') }] } },
  };
}

export default async function NewsletterArchivePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, issues] = await Promise.all([getTranslations('Newsletter'), listIssues(locale)]);
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6 max-w-2xl text-lg">{t('lead')}</p>
      <p className="no-print mb-8 flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/newsletter/subscribe">{t('subscribe.heading')}</Link>
        <a href={`/${locale}/newsletter/feed.xml`} type="application/atom+xml">
          {t('feed')}
        </a>
      </p>
      <SearchForm />
      <h2 className="mb-4 text-2xl font-bold">{t('archiveHeading')}</h2>
      {issues.length === 0 ? <p>{t('empty')}</p> : null}
      <ul className="space-y-4">
        {issues.map((issue) => (
          <li key={issue.number} className="border-t-4 border-brand pt-3">
            <h3 className="text-xl font-bold">
              <Link href={`/newsletter/${issue.number}`}>
                {t('issueNumber', { number: issue.number })}: <LocalizedValue value={issue.title} />
              </Link>
            </h3>
            <p className="text-muted">
              {t('issuedOn', { date: issue.issuedOn })} · {t('articleCount', { count: issue.articleCount })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
