'use client';

import { useTranslations } from 'next-intl';
import { usePathname } from '@/lib/i18n/navigation';
import { languageTags, locales, nativeNames, type Locale } from '@/lib/i18n/locales';

const LOCALE_COOKIE = 'NEXT_LOCALE';

function remember(target: Locale) {
  document.cookie = `${LOCALE_COOKIE}=${target}; path=/; max-age=31536000; samesite=lax`;
}

/**
 * Every language in its own script, each a plain link to the same page in that language, inside a
 * native disclosure: works by keyboard and without JavaScript, and the fonts for the other scripts
 * are only fetched when it is opened (closed content is not laid out). With JavaScript, choosing
 * also remembers the language for the next visit to `/`.
 */
export function LanguagePicker({ locale }: { locale: Locale }) {
  const t = useTranslations('LanguagePicker');
  const pathname = usePathname();
  return (
    // The menu is placed against the header's row (the nearest positioned box), not the button:
    // the button moves (it wraps under the city's name on a phone, starts the line in Urdu), and
    // a menu hung from its end edge ran off the other side of a 360 px screen. Against the row,
    // with its width capped to the row, it stays inside at 320 px, in both directions, at any text size.
    <details className="plain">
      <summary className="flex min-h-11 cursor-pointer items-center gap-2 border-2 border-white px-3 py-1 font-semibold">
        {/* An icon drawn inline: an emoji globe needs an emoji font many phones and test machines lack. */}
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="12" cy="12" r="10" />
          <path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20" />
        </svg>
        <span>{t('label')}</span>
        <span className="sr-only">:</span>
        <span>{nativeNames[locale]}</span>
      </summary>
      <nav aria-label={t('label')} className="absolute end-4 z-20 mt-1 w-64 max-w-[calc(100%-2rem)] border-2 border-ink bg-paper p-2 shadow-lg">
        <ul className="grid grid-cols-1 gap-1">
          {locales.map((target) => (
            <li key={target}>
              <a
                href={`/${target}${pathname === '/' ? '' : pathname}`}
                lang={languageTags[target]}
                hrefLang={languageTags[target]}
                dir={target === 'ur' ? 'rtl' : 'ltr'}
                aria-current={target === locale ? 'true' : undefined}
                onClick={() => remember(target)}
                className={`block px-3 py-2 ${target === locale ? 'bg-ink font-bold !text-white' : '!text-ink'}`}
              >
                {nativeNames[target]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
