import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { alternatesFor } from '@/lib/i18n/metadata';
import { languageTags, nativeNames, type Locale } from '@/lib/i18n/locales';
import { defaultSubscriptionLocale, newsletterLocales } from '@/lib/newsletter/locales';
import { SubscribeForm } from '@/components/newsletter/SubscribeForm';
import { pickMessages } from '@/lib/i18n/client-messages';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Newsletter.subscribe' });
  return { title: t('heading'), alternates: alternatesFor(locale, '/newsletter/subscribe') };
}

export default async function NewsletterSubscribePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, messages] = await Promise.all([getTranslations('Newsletter.subscribe'), getMessages()]);
  const languages = newsletterLocales.map((code) => ({ code, name: nativeNames[code], tag: languageTags[code] }));
  return (
    <div className="max-w-2xl">
      <h1 className="mb-2 text-3xl font-bold">{t('heading')}</h1>
      <p className="mb-6 text-lg">{t('lead')}</p>
      {/* Only the words the form uses reach the browser. */}
      <NextIntlClientProvider messages={pickMessages(messages, ['Newsletter.subscribe', 'Forms'])}>
        <SubscribeForm languages={languages} defaultLanguage={defaultSubscriptionLocale(locale)} />
      </NextIntlClientProvider>
    </div>
  );
}
