import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { alternatesFor } from '@/lib/i18n/metadata';
import type { Locale } from '@/lib/i18n/locales';
import { consultationCentre, listTopics } from '@/lib/consultations/queries';
import { ButtonLink } from '@/components/ui/Button';
import { Link } from '@/lib/i18n/navigation';
import { LocalizedValue } from '@/components/ui/LocalizedValue';

// Prerendered per locale and refreshed from the database every five minutes.
export const revalidate = 300;

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Consultations' });
  return { title: t('title'), description: t('lead'), alternates: alternatesFor(locale, '/consultations') };
}

/** What a consultation is, the topics, how booking works, and the two ways in: book or manage. */
export default async function ConsultationsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, topics, centre] = await Promise.all([getTranslations('Consultations'), listTopics(locale), consultationCentre(locale)]);
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6 max-w-2xl text-lg">{t('lead')}</p>
      <div className="mb-8 flex flex-wrap gap-4">
        <ButtonLink href="/consultations/book/topic">{t('start')}</ButtonLink>
        <ButtonLink href="/consultations/manage" variant="secondary">
          {t('manageLink')}
        </ButtonLink>
      </div>
      <h2 className="mb-2 text-2xl font-bold">{t('howTitle')}</h2>
      <ol className="mb-8 max-w-2xl list-decimal space-y-1 ps-6">
        <li>{t('how1')}</li>
        <li>{t('how2')}</li>
        <li>{t('how3')}</li>
        <li>{t('how4')}</li>
      </ol>
      <h2 className="mb-2 text-2xl font-bold">{t('topicsTitle')}</h2>
      <ul className="mb-8 grid max-w-3xl gap-3 sm:grid-cols-2">
        {topics.map((topic) => (
          <li key={topic.slug} className="border-s-4 border-brand bg-wash p-3">
            <LocalizedValue value={topic.title} as="div" />
            <span className="text-sm text-muted">
              <LocalizedValue value={topic.summary} />
            </span>
          </li>
        ))}
      </ul>
      {centre ? (
        <>
          <h2 className="mb-2 text-2xl font-bold">{t('callTitle')}</h2>
          <p className="max-w-2xl">
            {t('callText', { centre: centre.name.text })}{' '}
            <a href={`tel:${centre.phone.replace(/[^+\d]/g, '')}`} dir="ltr">
              {centre.phone}
            </a>
            {' · '}
            <Link href={`/centers#${centre.slug}`}>{t('centreHours')}</Link>
          </p>
        </>
      ) : null}
    </>
  );
}
