import { getTranslations } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/http/site-url';
import { noticeFeedEntries } from '@/lib/notices/queries';
import { noticesAtomFeed } from '@/lib/notices/feed';

// Cached like the pages that show notices; publishing one expires it with them (docs/decisions/025).
export const revalidate = 60;
export const generateStaticParams = () => [];

/** The latest notices in this language (or, where not written in it, in the best other one, marked). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const [t, entries] = await Promise.all([getTranslations({ locale, namespace: 'Notices' }), noticeFeedEntries(locale)]);
  const xml = noticesAtomFeed({ locale, site: siteUrl(), title: t('feedTitle'), entries });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
