import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { requireResident } from '@/lib/auth/guards';
import { getMyProfile } from '@/lib/residents/queries';
import { EmailForm, LanguageForm, PhoneForm } from '@/components/account/SettingsForms';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Account.settings' }))('title'), robots: { index: false } };
}

export default async function AccountSettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const resident = await requireResident(locale);
  const [t, profile, messages] = await Promise.all([getTranslations('Account.settings'), getMyProfile(resident), getMessages()]);
  return (
    <div className="max-w-2xl">
      <p className="mb-2">
        <Link href="/account">{t('back')}</Link>
      </p>
      <h1 className="mb-8 text-3xl font-bold">{t('title')}</h1>
      <NextIntlClientProvider messages={{ Account: messages.Account, Forms: messages.Forms }}>
        <section aria-labelledby="language-heading" className="mb-10">
          <h2 id="language-heading" className="sr-only">
            {t('languageLegend')}
          </h2>
          <LanguageForm current={profile.preferredLocale} />
        </section>
        <section aria-labelledby="email-heading" className="mb-10">
          <h2 id="email-heading" className="mb-2 text-2xl font-bold">
            {t('emailHeading')}
          </h2>
          <p className="mb-4">{t('emailCurrent', { email: profile.email ?? '' })}</p>
          <EmailForm />
        </section>
        <section aria-labelledby="phone-heading">
          <h2 id="phone-heading" className="mb-2 text-2xl font-bold">
            {t('phoneHeading')}
          </h2>
          <PhoneForm current={profile.phone ?? ''} />
        </section>
      </NextIntlClientProvider>
    </div>
  );
}
