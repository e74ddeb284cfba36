'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { emptyFormState } from '@/lib/forms/state';
import { recordOutcomeAction } from '@/lib/consultations/staff/actions/attendance';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextArea, TextField } from '@/components/ui/Field';
import { Choices } from '@/components/ui/Choices';
import { Button } from '@/components/ui/Button';

/** The counsellor's note after a consultation, and whether the case needs a follow-up. */
export function OutcomeForm({ bookingId, minFollowUpDay }: { bookingId: string; minFollowUpDay: string }) {
  const t = useTranslations('Admin.cases');
  const tf = useTranslations('Forms');
  const [state, action, pending] = useActionState(recordOutcomeAction, emptyFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary title={tf('errorSummaryTitle')} errors={state.fieldErrors ?? {}} />
      <input type="hidden" name="bookingId" value={bookingId} />
      <TextArea name="note" label={t('note')} hint={t('noteHint')} error={state.fieldErrors?.note} defaultValue={state.values?.note} />
      <Choices
        type="checkbox"
        name="followUp"
        legend={t('followUp')}
        error={state.fieldErrors?.followUp}
        selected={state.values?.followUp === 'yes' ? ['yes'] : []}
        choices={[{ value: 'yes', label: t('followUpNeeded'), hint: t('followUpHint') }]}
      />
      <TextField name="followUpOn" type="date" min={minFollowUpDay} label={t('followUpOnField')} error={state.fieldErrors?.followUpOn} defaultValue={state.values?.followUpOn} />
      <Button disabled={pending}>{t('submitOutcome')}</Button>
    </form>
  );
}
