import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { confirmEmailChange } from '@/lib/residents/actions/update-contacts';
import { pendingEmailChange } from '@/lib/residents/queries';
import { CHANGED_EMAIL_COOKIE } from '@/lib/residents/email-change';
import { Button } from '@/components/ui/Button';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { PostForm } from '@/components/forms/PostForm';
import { formPermalink } from '@/lib/forms/permalink';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string; status?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return {
    title: (await getTranslations({ locale, namespace: 'Account.confirmEmail' }))('title'),
    robots: { index: false },
    // same-origin, not no-referrer: a form posted from a no-referrer page carries Origin: null, which is refused.
    referrer: 'same-origin',
  };
}

/** Opening the link changes nothing: the resident presses a button (mail scanners follow links). */
export default async function ConfirmEmailPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, query] = await Promise.all([getTranslations('Account.confirmEmail'), searchParams]);
  const newEmail = query.token && !query.status ? await pendingEmailChange(query.token) : null;
  const changedTo = query.status === 'done' ? (await cookies()).get(CHANGED_EMAIL_COOKIE)?.value : undefined;
  // Opened again after the note has gone: the change is done; the account page signs them in.
  if (query.status === 'done' && !changedTo) redirect(`/${locale}/account`);
  return (
    <div className="max-w-xl">
      <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      {query.status === 'done' ? <NoticeBanner tone="success" title={t('done', { email: changedTo ?? '' })} /> : null}
      {query.status === 'invalid' || (!query.status && !newEmail) ? <NoticeBanner tone="warning" title={t('invalid')} /> : null}
      {newEmail ? (
        <PostForm action={confirmEmailChange} permalink={formPermalink(`/${locale}/account/confirm-email`, { token: query.token })}>
          <p className="mb-4">{t('lead', { email: newEmail })}</p>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="token" value={query.token ?? ''} />
          <Button>{t('confirm')}</Button>
        </PostForm>
      ) : null}
    </div>
  );
}
