import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { db } from '@/lib/db';
import { residentOrSignIn } from '@/lib/support/application/resident';
import { openRequestFor } from '@/lib/support/info-request/work';
import { lettersOfCase } from '@/lib/support/letters/access';
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

/**
 * The resident's support request: what the caseworker asked for and by when, and the answer;
 * after a decision, its letter. Only on the resident's own case (both read through their rules).
 */
export default async function RequestPage({ params, searchParams }: Props) {
  const [{ locale, caseId }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const resident = await residentOrSignIn(locale, `/support/requests/${encodeURIComponent(caseId)}`);
  const [open, letters, t, tf] = await Promise.all([
    openRequestFor(db, resident.id, caseId),
    lettersOfCase({ type: 'resident', id: resident.id }, caseId),
    getTranslations('Support.requests'),
    getTranslations('Forms'),
  ]);
  const decided = !open && letters && letters.length > 0;
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-3xl font-bold">{decided ? t('letterTitle') : t('title')}</h1>
      {query.sent === '1' ? <NoticeBanner tone="success" title={t('sent')} /> : null}
      {letters && letters.length > 0 ? (
        <section aria-labelledby={decided ? undefined : 'decision-letter'} className="mb-6" data-letters>
          {decided ? null : (
            <h2 id="decision-letter" className="mb-2 text-2xl font-bold">
              {t('letterTitle')}
            </h2>
          )}
          <ul className="space-y-2">
            {letters.map((l) => (
              <li key={l.id}>
                {l.status === 'READY' ? (
                  <>
                    <a href={`/${locale}/support/requests/${encodeURIComponent(caseId)}/letters/${l.id}`} download>
                      {t('letterDownload')}
                    </a>{' '}
                    <span className="text-muted">{t('letterMade', { date: formatCityDate(l.renderedAt ?? l.createdAt, locale) })}</span>
                  </>
                ) : (
                  <span>{t('letterPending')}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
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
      ) : query.sent === '1' || decided ? null : (
        <p>{t('notOpen')}</p>
      )}
      <p className="mt-6">
        <Link href="/account">{t('back')}</Link>
      </p>
    </div>
  );
}
