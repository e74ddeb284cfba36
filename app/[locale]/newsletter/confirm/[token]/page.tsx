import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { languageNameIn } from '@/lib/i18n/language-name';
import { db } from '@/lib/db';
import { confirmNewsletter } from '@/lib/newsletter/actions/subscribe';
import { CONFIRM_PURPOSE, subscriberForLink } from '@/lib/newsletter/subscriptions';
import { LinkAction } from '@/components/newsletter/LinkAction';

type Props = { params: Promise<{ locale: Locale; token: string }>; searchParams: Promise<{ status?: string }> };

// same-origin, not no-referrer: the token stays off other sites, and the button's POST keeps its
// Origin (with no-referrer browsers send `Origin: null`, which Next refuses for a server action).
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Newsletter.confirm' }))('title'), robots: { index: false }, referrer: 'same-origin' };
}

export default async function NewsletterConfirmPage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const [t, { status }] = await Promise.all([getTranslations('Newsletter.confirm'), searchParams]);
  const target = status ? null : await subscriberForLink(db, CONFIRM_PURPOSE, token);
  const shown = status === 'done' ? 'done' : target?.status === 'PENDING' ? 'ask' : target?.status === 'CONFIRMED' ? 'done' : 'invalid';
  return (
    <LinkAction
      title={t('title')}
      status={shown}
      doneText={t('done')}
      invalidText={t('invalid')}
      lead={target ? t('lead', { email: target.email, language: languageNameIn(target.locale, locale) }) : null}
      button={t('button')}
      action={confirmNewsletter}
      locale={locale}
      token={token}
    />
  );
}
