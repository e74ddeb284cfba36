import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import { directionOf, isLocale, languageTags, locales, nativeNames, type Locale } from '@/lib/i18n/locales';
import { currentStaff, can } from '@/lib/auth/guards';
import { setAdminLocale } from '@/lib/staff/actions/set-admin-locale';
import { signOutStaff } from '@/lib/auth/actions/staff-sign-out';
import { pickMessages } from '@/lib/i18n/client-messages';
import { ADMIN_CLIENT_MESSAGES } from './client-messages';
import Link from 'next/link';

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The staff section: its own layout and language, dynamic (every page checks the session). */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const raw = await getLocale();
  const locale: Locale = isLocale(raw) ? raw : 'ko';
  const [t, tHub, tClasses, messages, staff] = await Promise.all([getTranslations('Admin'), getTranslations('CaseHub'), getTranslations('AdminClasses'), getMessages(), currentStaff()]);
  const clientMessages = pickMessages(messages, ADMIN_CLIENT_MESSAGES);
  const nav = staff?.twoFactorEnabled
    ? [
        { href: '/admin', label: t('nav.home'), show: true },
        { href: '/admin/cases', label: tHub('nav'), show: can(staff, 'case:read:any') || can(staff, 'case:read:assigned') },
        { href: '/admin/templates', label: tHub('templates.nav'), show: can(staff, 'templates:manage') },
        { href: '/admin/consultations', label: t('nav.consultations'), show: can(staff, 'consultations:manage') },
        { href: '/admin/consultations/schedules', label: t('nav.schedules'), show: can(staff, 'consultations:schedule') },
        { href: '/admin/consultations/topics', label: t('consultations.topics.nav'), show: can(staff, 'consultations:schedule') },
        { href: '/admin/classes', label: tClasses('title'), show: can(staff, 'classes:manage') },
        { href: '/admin/notices', label: t('nav.notices'), show: can(staff, 'notices:publish') },
        { href: '/admin/staff', label: t('nav.staff'), show: can(staff, 'staff:manage') },
        { href: '/admin/audit', label: t('nav.audit'), show: can(staff, 'audit:read') },
        { href: '/admin/mail', label: t('nav.mail'), show: can(staff, 'mail:read') },
      ].filter((item) => item.show)
    : [];

  return (
    <html lang={languageTags[locale]} dir={directionOf(locale)}>
      <body className="min-h-screen bg-wash">
        <a href="#main" className="no-print sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:p-3">
          {t('skipToContent')}
        </a>
        <header className="no-print bg-ink text-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <Link href="/admin" className="text-lg font-bold !text-white no-underline">
              {t('title')}
            </Link>
            <div className="flex flex-wrap items-center gap-3">
              <form action={setAdminLocale} className="flex items-center gap-2">
                <input type="hidden" name="back" value="/admin" />
                <label htmlFor="admin-locale" className="text-sm">
                  {t('language')}
                </label>
                <select id="admin-locale" name="locale" defaultValue={locale} className="min-h-11 border-2 border-white bg-ink px-2 text-white">
                  {locales.map((l) => (
                    <option key={l} value={l} lang={languageTags[l]}>
                      {nativeNames[l]}
                    </option>
                  ))}
                </select>
                <button type="submit" className="min-h-11 border-2 border-white px-3 font-semibold">
                  {t('change')}
                </button>
              </form>
              {staff ? (
                <form action={signOutStaff}>
                  <span className="me-3 text-sm">{staff.name}</span>
                  <button type="submit" className="min-h-11 border-2 border-white px-3 font-semibold">
                    {t('signOut')}
                  </button>
                </form>
              ) : null}
            </div>
          </div>
          {nav.length > 0 ? (
            <nav aria-label={t('nav.label')} className="bg-brand-dark">
              <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-6 px-4">
                {nav.map((item) => (
                  <li key={item.href}>
                    <a href={item.href} className="inline-block py-3 font-semibold !text-white">
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl bg-paper px-4 py-8">
          <NextIntlClientProvider locale={locale} messages={clientMessages}>
            {children}
          </NextIntlClientProvider>
        </main>
      </body>
    </html>
  );
}
