import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { routing } from '@/lib/i18n/routing';
import { directionOf, languageTags, locales, type Locale } from '@/lib/i18n/locales';
import { metadataBase } from '@/lib/i18n/metadata';
import { getCityIdentity } from '@/lib/city/queries';
import { SkipLink } from '@/components/layout/SkipLink';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { fontSheetFor } from '@/lib/fonts/faces';
import { UrgentAlerts } from '@/components/notices/UrgentAlerts';

// Every public page is prerendered per locale (docs/decisions/002).
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

// Every public page carries the urgent alerts (docs/decisions/025): rendered again at most a minute
// after a change, and at once on the instance where staff published (revalidatePath on the layout).
// A literal: Next reads segment config statically (NOTICES_REVALIDATE_SECONDS in lib/notices/cached.ts).
export const revalidate = 60;

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#003a59' };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    metadataBase: metadataBase(),
    title: { template: `%s · ${t('siteName')}`, default: t('siteName') },
    description: t('siteDescription'),
    openGraph: { siteName: t('siteName'), locale: languageTags[locale] },
  };
}

/** Client components get only the namespaces they use. */
const CLIENT_NAMESPACES = ['LanguagePicker', 'TextSize', 'Error'] as const;

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [messages, city, t] = await Promise.all([getMessages(), getCityIdentity(locale as Locale), getTranslations('Layout')]);
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]]));
  // Only this page's script font (docs/decisions/012): English and the other Latin and Cyrillic pages load none.
  const font = fontSheetFor(locale as Locale);

  return (
    <html lang={languageTags[locale]} dir={directionOf(locale)}>
      <head>
        {/* Blocking on purpose: it applies the remembered text size before the first paint, so the page does not jump. */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts */}
        <script src="/text-size.js" />
        {font && 'href' in font ? <link rel="stylesheet" href={font.href} /> : null}
        {font && 'inline' in font ? <style>{font.inline}</style> : null}
      </head>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider locale={locale} messages={clientMessages}>
          <SkipLink label={t('skipToContent')} />
          <SiteHeader locale={locale} city={city} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
            <UrgentAlerts locale={locale as Locale} />
            {children}
          </main>
          <SiteFooter locale={locale} city={city} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
