import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The localised 404, prerendered per locale (the [locale] layout lists them): next.config.ts sends
 * every path under a locale that no page matches here with a fallback rewrite, so an unknown
 * path costs what a cached page costs instead of a render per request. The address bar keeps the
 * path asked for; the answer is a 404 with app/[locale]/not-found.tsx inside the site's layout.
 */
export const dynamic = 'force-static';

export default async function PageNotFound({ params }: { params: Promise<{ locale: Locale }> }) {
  setRequestLocale((await params).locale);
  notFound();
}
