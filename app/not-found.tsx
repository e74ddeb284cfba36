import { locales, nativeNames, languageTags } from '@/lib/i18n/locales';

// Reached only for paths outside any locale that the proxy did not redirect (e.g. /x.y).
// It cannot know the visitor's language, so it offers every one.
export default function GlobalNotFound() {
  return (
    <html lang="ko">
      <body className="mx-auto max-w-3xl p-6">
        <h1 className="text-2xl font-bold">404</h1>
        <ul className="mt-4 grid grid-cols-2 gap-2">
          {locales.map((l) => (
            <li key={l}>
              <a href={`/${l}`} lang={languageTags[l]} hrefLang={languageTags[l]}>
                {nativeNames[l]}
              </a>
            </li>
          ))}
        </ul>
      </body>
    </html>
  );
}
