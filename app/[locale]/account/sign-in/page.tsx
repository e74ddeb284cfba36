import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { currentResident } from '@/lib/auth/guards';
import { ResidentSignInForm } from '@/components/account/ResidentSignInForm';
import { safeNextPath } from '@/lib/auth/next-path';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ next?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Account.signIn' }))('title'), robots: { index: false } };
}

export default async function ResidentSignInPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  // Where to go after signing in (e.g. the support application that asked for it): only a page of this site.
  const next = safeNextPath(locale, query.next);
  if (await currentResident()) redirect(next ?? `/${locale}/account`);
  const [t, messages] = await Promise.all([getTranslations('Account.signIn'), getMessages()]);
  return (
    <div className="max-w-xl">
      <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6">{t('lead')}</p>
      <NextIntlClientProvider messages={{ Account: messages.Account, Forms: messages.Forms }}>
        <ResidentSignInForm next={next} />
      </NextIntlClientProvider>
    </div>
  );
}
