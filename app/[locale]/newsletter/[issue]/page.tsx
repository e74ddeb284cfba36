import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { alternatesFor } from '@/lib/i18n/metadata';
import { languageTags, type Locale } from '@/lib/i18n/locales';
import { languageNameIn } from '@/lib/i18n/language-name';
import { issueContents } from '@/lib/newsletter/queries';
import { Link } from '@/lib/i18n/navigation';
import { LocalizedValue } from '@/components/ui/LocalizedValue';
import { issueNumber } from '@/components/newsletter/issue-number';

// Rendered on first visit per locale and issue, then cached; staff changes revalidate it.
export const revalidate = 300;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ locale: Locale; issue: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, issue } = await params;
  const number = issueNumber(issue);
  const contents = number ? await issueContents(number, locale) : null;
  if (!contents) return {};
  const t = await getTranslations({ locale, namespace: 'Newsletter' });
  return { title: `${t('issueNumber', { number: contents.number })}: ${contents.title.text}`, alternates: alternatesFor(locale, `/newsletter/${contents.number}`) };
}

export default async function NewsletterIssuePage({ params }: Props) {
  const { locale, issue } = await params;
  setRequestLocale(locale);
  const number = issueNumber(issue);
  const [t, contents] = await Promise.all([getTranslations('Newsletter'), number ? issueContents(number, locale) : null]);
  if (!contents) notFound();
  return (
    <>
      <p className="no-print mb-4">
        <Link href="/newsletter">{t('backToArchive')}</Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">
        {t('issueNumber', { number: contents.number })}: <LocalizedValue value={contents.title} />
      </h1>
      <p className="mb-8 text-muted">{t('issuedOn', { date: contents.issuedOn })}</p>
      <h2 className="mb-4 text-2xl font-bold">{t('contents')}</h2>
      <ul className="space-y-6">
        {contents.articles.map((article) => (
          <li key={article.slug} className="border-t-4 border-brand pt-3">
            <article lang={article.isFallback ? languageTags[article.shownIn as Locale] : undefined}>
              <h3 className="text-xl font-bold">
                <Link href={`/newsletter/${contents.number}/${article.slug}`}>{article.title}</Link>
              </h3>
              <p>{article.summary}</p>
            </article>
            {article.isFallback ? (
              <p className="mt-1 text-sm text-muted">{t('fallbackShort', { language: languageNameIn(locale, locale), shownIn: languageNameIn(article.shownIn, locale) })}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
