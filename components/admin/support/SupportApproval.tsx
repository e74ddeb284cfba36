import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import type { SupportPanel } from '@/lib/support/staff/panel';
import { formatWon } from '@/lib/support/format';
import { formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { SupportApprovalForm } from './SupportApprovalForm';

/**
 * A grant waiting for approval: what was proposed, by whom, when and why; the answer form for a
 * person who may approve it and did not propose it, a plain notice for everyone else.
 */
export async function SupportApproval({ caseId, approval, locale }: { caseId: string; approval: NonNullable<SupportPanel['approval']>; locale: Locale }) {
  const t = await getTranslations('AdminSupport');
  return (
    <section aria-labelledby="support-approval" className="mb-6 border-s-4 border-brand bg-wash p-4" data-approval>
      <h3 id="support-approval" className="mb-2 text-xl font-bold">
        {t('approval.title')}
      </h3>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-bold">{t('approval.amount')}</dt>
        <dd data-approval-amount>{formatWon(approval.amount, locale)}</dd>
        <dt className="font-bold">{t('approval.by')}</dt>
        <dd>{approval.proposedBy ?? t('notGiven')}</dd>
        <dt className="font-bold">{t('approval.at')}</dt>
        <dd>
          <time dateTime={approval.proposedAt.toISOString()}>{`${formatCityDate(approval.proposedAt, locale)} ${formatCityTime(approval.proposedAt, locale)}`}</time>
        </dd>
        <dt className="font-bold">{t('approval.note')}</dt>
        <dd className="whitespace-pre-wrap">{approval.note ?? t('notGiven')}</dd>
      </dl>
      {approval.mayAnswer ? (
        <SupportApprovalForm
          caseId={caseId}
          labels={{
            answer: t('approval.answer'),
            approve: t('approval.approve'),
            decline: t('approval.decline'),
            note: t('approval.answerNote'),
            noteHint: t('approval.answerNoteHint'),
            submit: t('approval.submit'),
          }}
        />
      ) : (
        <p className="mt-4 font-semibold" data-approval-waiting>
          {t('approval.waiting')}
        </p>
      )}
    </section>
  );
}
