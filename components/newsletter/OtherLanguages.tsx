import { getTranslations } from 'next-intl/server';
import { languageTags, nativeNames, type Locale } from '@/lib/i18n/locales';

/** Plain links to the same page in the languages it also exists in, each named in its own script. */
export async function OtherLanguages({ locales, path }: { locales: string[]; path: string }) {
  if (locales.length === 0) return null;
  const t = await getTranslations('Newsletter');
  return (
    <nav aria-label={t('otherLanguages')} className="no-print my-4">
      <h2 className="text-base font-bold">{t('otherLanguages')}</h2>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {locales.map((l) => (
          <li key={l}>
            <a href={`/${l}${path}`} lang={languageTags[l as Locale]} hrefLang={languageTags[l as Locale]}>
              {nativeNames[l as Locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
