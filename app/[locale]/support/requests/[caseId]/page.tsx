import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { db } from '@/lib/db';
import { residentOrSignIn } from '@/lib/support/application/resident';
import { openRequestFor } from '@/lib/support/info-request/work';
import { formatCityDate } from '@/lib/time/seoul';
import { Link } from '@/lib/i18n/navigation';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { AnswerForm } from '@/components/support/requests/AnswerForm';

type Props = { params: Promise<{ locale: Locale; caseId: string }>; searchParams: Promise<{ sent?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Support.requests' });
  return { title: t('title'), robots: { index: false } };
}

/** What the caseworker asked for and by when, and the answer; only on the resident's own case. */
export default async function RequestPage({ params, searchParams }: Props) {
  const [{ locale, caseId }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const resident = await residentOrSignIn(locale, `/support/requests/${encodeURIComponent(caseId)}`);
  const [open, t, tf] = await Promise.all([openRequestFor(db, resident.id, caseId), getTranslations('Support.requests'), getTranslations('Forms')]);
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-3xl font-bold">{t('title')}</h1>
      {query.sent === '1' ? <NoticeBanner tone="success" title={t('sent')} /> : null}
      {open ? (
        <>
          <p className="mb-2">
            {t('reference')}:{' '}
            <span className="font-mono" dir="ltr">
              {open.reference}
            </span>
          </p>
          <h2 className="mb-2 text-2xl font-bold">{t('asked')}</h2>
          <p className="mb-4 whitespace-pre-wrap border-s-4 border-brand bg-wash p-4" data-request>
            {open.request}
          </p>
          <p className="mb-6 font-semibold" data-due>
            {t('due', { date: formatCityDate(open.dueAt, locale) })}
          </p>
          <AnswerForm caseId={caseId} labels={{ errorTitle: tf('errorSummaryTitle'), answer: t('answer'), hint: t('answerHint'), submit: t('submit') }} />
        </>
      ) : query.sent === '1' ? null : (
        <p>{t('notOpen')}</p>
      )}
      <p className="mt-6">
        <Link href="/account">{t('back')}</Link>
      </p>
    </div>
  );
}
