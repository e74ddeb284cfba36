import { getTranslations } from 'next-intl/server';

/**
 * 403 for a signed-in person without the permission (next/navigation forbidden()). It is part of
 * every route's tree, so it must not read cookies or headers (that would make the public pages
 * dynamic): it speaks the admin section's two base languages, Korean and English.
 */
export default async function Forbidden() {
  const [ko, en] = await Promise.all([getTranslations({ locale: 'ko', namespace: 'Admin.forbidden' }), getTranslations({ locale: 'en', namespace: 'Admin.forbidden' })]);
  return (
    <html lang="ko">
      <body className="mx-auto max-w-3xl p-6">
        <main>
          <h1 className="mb-4 text-3xl font-bold">{ko('title')}</h1>
          <p className="mb-4">{ko('body')}</p>
          <div lang="en">
            <h2 className="mb-4 text-2xl font-bold">{en('title')}</h2>
            <p className="mb-4">{en('body')}</p>
          </div>
          {/* This page has its own root layout: going to /admin is a full page load whatever the element. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/admin">{ko('back')}</a> · {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/admin" lang="en">
            {en('back')}
          </a>
        </main>
      </body>
    </html>
  );
}
