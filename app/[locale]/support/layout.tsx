import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { QuickExit } from '@/components/support/QuickExit';

/** Every support page has the quick exit first, before anything that says what the page is about. */
export default async function SupportLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Support.quickExit' });
  return (
    <>
      <QuickExit label={t('label')} hint={t('hint')} />
      {children}
    </>
  );
}
