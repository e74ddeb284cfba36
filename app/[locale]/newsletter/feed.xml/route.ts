import { getTranslations } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/http/site-url';
import { feedEntries } from '@/lib/newsletter/queries';
import { atomFeed } from '@/lib/newsletter/feed';

// Cached like the pages; staff changes revalidate it.
export const revalidate = 300;
export const generateStaticParams = () => [];

/** The articles published in this language, newest issue first (a language without any has an empty feed). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const [t, entries] = await Promise.all([getTranslations({ locale, namespace: 'Newsletter' }), feedEntries(locale)]);
  const xml = atomFeed({ locale, site: siteUrl(), title: t('title'), description: t('lead'), entries });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
