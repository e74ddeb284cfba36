import { getTranslations } from 'next-intl/server';
import { refusalReasons } from '@/lib/support/staff/work';
import { addDays, cityDayKey } from '@/lib/time/seoul';
import { SupportMoveForm } from './SupportMoveForm';
import { SupportDecisionForm } from './SupportDecisionForm';

/** The forms that move an application on, as its status allows: plain posts, no JavaScript needed. */
export async function SupportWork({ caseId, status, decides }: { caseId: string; status: string; decides: boolean }) {
  const t = await getTranslations('AdminSupport');
  const open = ['SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED'].includes(status);
  if (!open && status !== 'APPROVED') return null;
  return (
    <section aria-labelledby="support-work" className="mb-8">
      <h2 id="support-work" className="mb-3 text-2xl font-bold">
        {t('work')}
      </h2>
      {status === 'SUBMITTED' || status === 'INFO_REQUESTED' ? (
        <SupportMoveForm caseId={caseId} move="review" secondary button={status === 'SUBMITTED' ? t('startReview') : t('resumeReview')} />
      ) : null}
      {status === 'SUBMITTED' || status === 'IN_REVIEW' ? (
        <SupportMoveForm
          caseId={caseId}
          move="request_info"
          secondary
          button={t('requestInfo')}
          requestLabel={{ request: t('requestInfoNote'), dueOn: t('dueOn'), dueOnHint: t('dueOnHint'), min: addDays(cityDayKey(new Date()), 1) }}
        />
      ) : null}
      {decides && (status === 'SUBMITTED' || status === 'IN_REVIEW') ? (
        <SupportDecisionForm
          caseId={caseId}
          labels={{
            title: t('decision'),
            hint: t('decisionHint'),
            outcome: t('outcome'),
            approve: t('approve'),
            reject: t('reject'),
            amount: t('amount'),
            reason: t('reason'),
            note: t('note'),
            decide: t('decide'),
            reasons: refusalReasons.map((r) => ({ value: r, label: t(`reasons.${r}`) })),
          }}
        />
      ) : null}
      {decides && status === 'APPROVED' ? <SupportMoveForm caseId={caseId} move="paid" button={t('markPaid')} /> : null}
      {!decides ? <p className="text-muted">{t('noDecide')}</p> : null}
    </section>
  );
}
