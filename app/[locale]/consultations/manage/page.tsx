import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { LookupForm } from '@/components/consultations/LookupForm';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Consultations.lookup' }))('title'), robots: { index: false } };
}

/** For residents without the email link: find the booking by its reference and a code. */
export default async function ManageLookupPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, messages] = await Promise.all([getTranslations('Consultations.lookup'), getMessages()]);
  return (
    <div className="max-w-xl">
      <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6">{t('lead')}</p>
      <NextIntlClientProvider messages={{ Consultations: { lookup: messages.Consultations.lookup }, Forms: messages.Forms }}>
        <LookupForm />
      </NextIntlClientProvider>
    </div>
  );
}
