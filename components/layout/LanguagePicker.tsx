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
    // Open, the list takes a row of its own under the header and pushes the page down, so it covers
    // nothing: a menu hung over the page hid half of the links under it (too small a target left to
    // tap), and hung from the button it ran off the other side of a 360 px screen. In the flow it
    // stays inside at 320 px, in both directions, at any text size.
    <details className="plain max-w-full min-w-0 open:basis-full">
      <summary className="ms-auto flex min-h-11 w-fit max-w-full cursor-pointer flex-wrap items-center gap-x-2 border-2 border-white px-3 py-1 font-semibold">
        {/* An icon drawn inline: an emoji globe needs an emoji font many phones and test machines lack. */}
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="12" cy="12" r="10" />
          <path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20" />
        </svg>
        <span>{t('label')}</span>
        <span className="sr-only">:</span>
        <span>{nativeNames[locale]}</span>
      </summary>
      <nav aria-label={t('label')} className="mt-2 border-2 border-ink bg-paper p-2">
        <ul className="grid grid-cols-[repeat(auto-fill,minmax(min(100%,10rem),1fr))] gap-1">
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
