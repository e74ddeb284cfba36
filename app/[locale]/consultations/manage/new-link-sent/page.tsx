import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { NoticeBanner } from '@/components/ui/NoticeBanner';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Consultations.newLink' }))('sentTitle'), robots: { index: false } };
}

/** After "send me a new link": static, so it names no address and carries no token. */
export default async function NewLinkSentPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Consultations.newLink');
  return (
    <div className="max-w-xl">
      <h1 className="mb-4 text-3xl font-bold">{t('sentTitle')}</h1>
      <NoticeBanner tone="success" title={t('sentBody')} />
      <p className="mt-6">
        <Link href="/consultations/manage">{t('lookup')}</Link>
      </p>
    </div>
  );
}
