import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { alternatesFor } from '@/lib/i18n/metadata';
import { languageTags, type Locale } from '@/lib/i18n/locales';
import { languageNameIn } from '@/lib/i18n/language-name';
import { articlePage } from '@/lib/newsletter/queries';
import { Link } from '@/lib/i18n/navigation';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { issueNumber } from '@/components/newsletter/issue-number';
import { OtherLanguages } from '@/components/newsletter/OtherLanguages';
import { ArticleBody } from '@/components/newsletter/ArticleBody';

export const revalidate = 300;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ locale: Locale; issue: string; article: string }> };

const load = async ({ locale, issue, article }: Awaited<Props['params']>) => {
  const number = issueNumber(issue);
  return number && /^[a-z0-9-]{1,80}$/.test(article) ? articlePage(number, article, locale) : null;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resolved = await params;
  const page = await load(resolved);
  if (!page) return {};
  return { title: page.title, description: page.summary, alternates: alternatesFor(resolved.locale, `/newsletter/${page.issue.number}/${page.slug}`) };
}

export default async function NewsletterArticlePage({ params }: Props) {
  const resolved = await params;
  const { locale } = resolved;
  setRequestLocale(locale);
  const [t, page] = await Promise.all([getTranslations('Newsletter'), load(resolved)]);
  if (!page) notFound();
  const path = `/newsletter/${page.issue.number}/${page.slug}`;
  const shownIn = languageNameIn(page.locale, locale);
  return (
    <>
      <p className="no-print mb-4">
        <Link href={`/newsletter/${page.issue.number}`}>{t('backToIssue', { number: page.issue.number })}</Link>
      </p>
      {page.isFallback ? <NoticeBanner tone="info" title={t('notInLanguage', { language: languageNameIn(locale, locale), shownIn })} /> : null}
      {page.outOfDateSince ? <NoticeBanner tone="warning" title={t('outOfDate', { date: page.outOfDateSince })} /> : null}
      <article lang={languageTags[page.locale as Locale]} aria-labelledby="article-title">
        <h1 id="article-title" className="mb-2 text-3xl font-bold">
          {page.title}
        </h1>
        <p className="mb-6 text-lg">{page.summary}</p>
        {page.image ? (
          <figure className="mb-6">
            {/* Renditions made on upload (or a seed picture from public/newsletter); next/image would add a client bundle for nothing. */}
            {/* The lead picture sits under the title, in the first screen: loaded at once, not lazily. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img
              src={page.image.src}
              srcSet={page.image.srcSet}
              sizes={page.image.srcSet ? '(min-width: 48rem) 48rem, 100vw' : undefined}
              alt={page.image.alt}
              width={page.image.width}
              height={page.image.height}
              decoding="async"
              className="h-auto w-full max-w-3xl"
            />
            {page.image.caption ? <figcaption className="mt-1 text-sm text-muted">{page.image.caption}</figcaption> : null}
          </figure>
        ) : null}
        <ArticleBody html={page.html} />
      </article>
      <p className="no-print mt-8 text-muted">{t('printHint')}</p>
      <OtherLanguages locales={page.otherLocales} path={path} />
    </>
  );
}
