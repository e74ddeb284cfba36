import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { alternatesFor } from '@/lib/i18n/metadata';
import type { Locale } from '@/lib/i18n/locales';
import { db } from '@/lib/db';
import { programmesInForce } from '@/lib/support/rules/queries';
import { ProgrammeCard } from '@/components/support/ProgrammeCard';
import { WhereElse } from '@/components/support/WhereElse';

// Prerendered per locale and refreshed every five minutes, so new rules show on the day they start.
export const revalidate = 300;

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Support' });
  return { title: t('title'), description: t('lead'), alternates: alternatesFor(locale, '/support') };
}

/** The programmes, what each pays and needs, before anything is asked. */
export default async function SupportPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, programmes] = await Promise.all([getTranslations('Support'), programmesInForce(db, new Date())]);
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-4 max-w-2xl text-lg">{t('lead')}</p>
      <ol className="mb-8 max-w-2xl list-decimal space-y-1 ps-6">
        <li>{t('how1')}</li>
        <li>{t('how2')}</li>
        <li>{t('how3')}</li>
      </ol>
      {programmes.map((programme) => (
        <ProgrammeCard key={programme.code} programme={programme} locale={locale} />
      ))}
      <WhereElse locale={locale} />
    </>
  );
}
