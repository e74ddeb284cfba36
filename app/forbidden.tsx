import { getTranslations } from 'next-intl/server';
import { refusalOfThisRequest, type Refusal } from '@/lib/auth/refusal';

type Locale = 'ko' | 'en';

/** What the page says in one language: what was missing and who can give it, when the guard noted it. */
async function Explanation({ locale, refusal }: { locale: Locale; refusal: Refusal | null }) {
  const [t, tr] = await Promise.all([getTranslations({ locale, namespace: 'Admin.forbidden' }), getTranslations({ locale, namespace: 'Admin.roles' })]);
  if (!refusal) return <p className="mb-4">{t('body')}</p>;
  const roleNames = new Intl.ListFormat(locale, { type: 'disjunction' }).format(refusal.roles.map((role) => tr(role)));
  return (
    <>
      <p className="mb-4">{t('missing', { permission: refusal.permission, roles: roleNames })}</p>
      <p className="mb-4">
        {refusal.canGrant ? t('grantYourself') : t('askAdministrator')} <a href="/admin/staff">{t('staffPage')}</a>
      </p>
    </>
  );
}

/**
 * 403 for a signed-in person without the permission (next/navigation forbidden()). It is part of
 * every route's tree, so it must not read cookies or headers (that would make the public pages
 * dynamic): it speaks the admin section's two base languages, Korean and English, and names the
 * missing permission, the roles that include it and who gives them (lib/auth/refusal.ts).
 */
export default async function Forbidden() {
  const refusal = refusalOfThisRequest();
  const [ko, en] = await Promise.all([
    getTranslations({ locale: 'ko', namespace: 'Admin.forbidden' }),
    getTranslations({ locale: 'en', namespace: 'Admin.forbidden' }),
  ]);
  return (
    <html lang="ko">
      <body className="mx-auto max-w-3xl p-6">
        <main>
          <h1 className="mb-4 text-3xl font-bold">{ko('title')}</h1>
          <Explanation locale="ko" refusal={refusal} />
          <div lang="en">
            <h2 className="mb-4 text-2xl font-bold">{en('title')}</h2>
            <Explanation locale="en" refusal={refusal} />
          </div>
          <a href="/admin">{ko('back')}</a> · <a href="/admin" lang="en">{en('back')}</a>
        </main>
      </body>
    </html>
  );
}
