import { getLocale, getTranslations } from 'next-intl/server';
import { directionOf, isLocale, languageTags } from '@/lib/i18n/locales';

// 403 for a signed-in person without the permission (next/navigation forbidden()).
export default async function Forbidden() {
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'ko';
  const t = await getTranslations('Admin.forbidden');
  return (
    <html lang={languageTags[locale]} dir={directionOf(locale)}>
      <body className="mx-auto max-w-3xl p-6">
        <main>
          <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
          <p className="mb-4">{t('body')}</p>
          <a href="/admin">{t('back')}</a>
        </main>
      </body>
    </html>
  );
}
