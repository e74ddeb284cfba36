import { getTranslations } from 'next-intl/server';
import type { StaffContext } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/locales';
import { infoRequestsFor } from '@/lib/support/info-request/staff';
import { formatCityDate } from '@/lib/time/seoul';

/** What was asked of the applicant, by when, and their answer (or that the case waits on them). */
export async function SupportInfoRequests({ caseId, staff, locale }: { caseId: string; staff: StaffContext; locale: Locale }) {
  const [rows, t] = await Promise.all([infoRequestsFor(staff, caseId), getTranslations('AdminSupport')]);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="support-requests" className="mb-8">
      <h2 id="support-requests" className="mb-3 text-2xl font-bold">
        {t('requests')}
      </h2>
      <ol className="space-y-4">
        {rows.map((r) => (
          <li key={r.id} className="border-s-4 border-brand ps-4" data-info-request={r.answeredAt ? 'answered' : 'open'}>
            <p className="text-muted">{t('requestedOn', { date: formatCityDate(r.requestedAt, locale), due: formatCityDate(r.dueAt, locale) })}</p>
            <p className="whitespace-pre-wrap">{r.request}</p>
            {r.answeredAt ? (
              <>
                <p className="mt-2 font-bold">{t('answeredOn', { date: formatCityDate(r.answeredAt, locale) })}</p>
                {r.answer === undefined ? (
                  <em>{t('answerHidden')}</em>
                ) : r.answer ? (
                  <p className="whitespace-pre-wrap" data-answer>
                    {r.answer}
                  </p>
                ) : (
                  <p>{t('answerElsewhere')}</p>
                )}
              </>
            ) : (
              <p className="mt-2 font-bold">{t('waiting')}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
