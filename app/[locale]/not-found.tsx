import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export default async function LocalizedNotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <>
      <title>{t('title')}</title>
      <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-4">{t('body')}</p>
      <p>
        <Link href="/">{t('home')}</Link>
      </p>
      <p className="mt-2">
        <Link href="/centers">{t('centers')}</Link>
      </p>
    </>
  );
}
