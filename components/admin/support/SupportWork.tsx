import { getTranslations } from 'next-intl/server';
import { refusalReasons } from '@/lib/support/staff/work';
import { addDays, cityDayKey } from '@/lib/time/seoul';
import { SupportMoveForm } from './SupportMoveForm';
import { SupportDecisionForm } from './SupportDecisionForm';
import { SupportApproval } from './SupportApproval';
import type { SupportPanel } from '@/lib/support/staff/panel';
import type { Locale } from '@/lib/i18n/locales';
import { formatWon } from '@/lib/support/format';

type Props = { caseId: string; status: string; decides: boolean; approval: SupportPanel['approval']; approvalAbove: number | null; locale: Locale };

/**
 * The forms that move an application on, as its status allows: plain posts, no JavaScript needed.
 * While a proposed grant waits for approval it is shown instead of the decision form.
 */
export async function SupportWork({ caseId, status, decides, approval, approvalAbove, locale }: Props) {
  const t = await getTranslations('AdminSupport');
  const decidable = status === 'SUBMITTED' || status === 'IN_REVIEW';
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
      {approval && open ? <SupportApproval caseId={caseId} approval={{ ...approval, mayAnswer: approval.mayAnswer && decidable }} locale={locale} /> : null}
      {decides && decidable && !approval ? (
        <SupportDecisionForm
          caseId={caseId}
          labels={{
            title: t('decision'),
            hint: approvalAbove === null ? t('decisionHint') : `${t('decisionHint')} ${t('approval.above', { amount: formatWon(approvalAbove, locale) })}`,
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
