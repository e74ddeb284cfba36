'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { emptyFormState } from '@/lib/forms/state';
import { cancelAction } from '@/lib/consultations/staff/actions/cancel';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextArea } from '@/components/ui/Field';
import { Button } from '@/components/ui/Button';

export function CancelForm({ bookingId, back }: { bookingId: string; back: string }) {
  const t = useTranslations('Admin.consultations.cancelPage');
  const tf = useTranslations('Forms');
  const [state, action, pending] = useActionState(cancelAction, emptyFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary title={tf('errorSummaryTitle')} errors={state.fieldErrors ?? {}} />
      <input type="hidden" name="bookingId" value={bookingId} />
      <input type="hidden" name="back" value={back} />
      <TextArea name="reason" rows={3} label={t('reason')} hint={t('reasonHint')} error={state.fieldErrors?.reason} defaultValue={state.values?.reason} />
      <Button variant="warning" disabled={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}
