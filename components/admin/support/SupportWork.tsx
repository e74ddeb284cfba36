import { getTranslations } from 'next-intl/server';
import { decideSupportCaseAction, moveSupportCaseAction } from '@/lib/support/staff/actions';
import { refusalReasons } from '@/lib/support/staff/work';
import { Button } from '@/components/ui/Button';
import { TextArea, TextField } from '@/components/ui/Field';
import { Choices } from '@/components/ui/Choices';
import { Select } from '@/components/ui/Select';

/** The forms that move an application on, as its status allows: plain posts, no JavaScript needed. */
export async function SupportWork({ caseId, status, decides }: { caseId: string; status: string; decides: boolean }) {
  const t = await getTranslations('AdminSupport');
  const hidden = (move?: string) => (
    <>
      <input type="hidden" name="caseId" value={caseId} />
      {move ? <input type="hidden" name="move" value={move} /> : null}
    </>
  );
  const open = ['SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED'].includes(status);
  if (!open && status !== 'APPROVED') return null;
  return (
    <section aria-labelledby="support-work" className="mb-8">
      <h2 id="support-work" className="mb-3 text-2xl font-bold">
        {t('work')}
      </h2>
      {status === 'SUBMITTED' || status === 'INFO_REQUESTED' ? (
        <form action={moveSupportCaseAction} className="mb-6">
          {hidden('review')}
          <Button variant="secondary">{status === 'SUBMITTED' ? t('startReview') : t('resumeReview')}</Button>
        </form>
      ) : null}
      {status === 'SUBMITTED' || status === 'IN_REVIEW' ? (
        <form action={moveSupportCaseAction} className="mb-6">
          {hidden('request_info')}
          <TextArea name="note" label={t('requestInfoNote')} rows={3} />
          <Button variant="secondary">{t('requestInfo')}</Button>
        </form>
      ) : null}
      {decides && (status === 'SUBMITTED' || status === 'IN_REVIEW') ? (
        <form action={decideSupportCaseAction} className="mb-6 border-s-4 border-brand ps-4">
          <h3 className="mb-2 text-xl font-bold">{t('decision')}</h3>
          <p className="mb-4 text-muted">{t('decisionHint')}</p>
          {hidden()}
          <Choices
            type="radio"
            name="outcome"
            legend={t('outcome')}
            choices={[
              { value: 'approve', label: t('approve') },
              { value: 'reject', label: t('reject') },
            ]}
          />
          <TextField name="amount" label={t('amount')} inputMode="numeric" autoComplete="off" className="mt-1 block w-56 border-2 border-ink bg-paper p-2 text-base" />
          <Select name="reason" label={t('reason')} placeholder="—" options={refusalReasons.map((r) => ({ value: r, label: t(`reasons.${r}`) }))} />
          <TextArea name="note" label={t('note')} rows={3} />
          <Button>{t('decide')}</Button>
        </form>
      ) : null}
      {decides && status === 'APPROVED' ? (
        <form action={moveSupportCaseAction} className="mb-6">
          {hidden('paid')}
          <Button>{t('markPaid')}</Button>
        </form>
      ) : null}
      {!decides ? <p className="text-muted">{t('noDecide')}</p> : null}
    </section>
  );
}
