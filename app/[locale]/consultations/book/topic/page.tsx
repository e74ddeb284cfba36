import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { TopicStep } from '@/components/consultations/TopicStep';

// The first booking step, where the consultations page's "start" leads: it needs no answers yet,
// so it is prerendered per locale and refreshed with the topics every five minutes, like the
// consultations page. Its GET form goes on to the dynamic steps at /consultations/book.
export const revalidate = 300;

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Consultations.book' });
  return { title: t('title'), robots: { index: false } };
}

export default async function TopicStepPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Consultations');
  return <TopicStep locale={locale} header={<h1 className="mb-4 text-3xl font-bold">{t('book.title')}</h1>} answers={{}} submitted={false} />;
}
