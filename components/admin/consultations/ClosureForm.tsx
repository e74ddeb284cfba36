'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { emptyFormState } from '@/lib/forms/state';
import { addClosureAction } from '@/lib/consultations/staff/actions/schedules';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextField } from '@/components/ui/Field';
import { Select, type SelectOption } from '@/components/ui/Select';
import { Button } from '@/components/ui/Button';

/** Closed days for everyone, one centre or one counsellor. */
export function ClosureForm({ centers, counsellors, today }: { centers: SelectOption[]; counsellors: SelectOption[]; today: string }) {
  const t = useTranslations('Admin.consultations.schedules');
  const tf = useTranslations('Forms');
  const [state, action, pending] = useActionState(addClosureAction, emptyFormState);
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => state.values?.[name];
  return (
    <form action={action} noValidate>
      <ErrorSummary title={tf('errorSummaryTitle')} errors={errors} />
      <div className="grid gap-x-6 sm:grid-cols-2">
        <TextField name="startsOn" type="date" min={today} label={t('startsOn')} error={errors.startsOn} defaultValue={value('startsOn') ?? today} />
        <TextField name="endsOn" type="date" min={today} label={t('endsOn')} error={errors.endsOn} defaultValue={value('endsOn') ?? today} />
      </div>
      <Select name="closureCenterId" label={t('closureCenter')} options={centers} placeholder={t('allCenters')} error={errors.closureCenterId} defaultValue={value('closureCenterId') ?? ''} />
      <Select
        name="closureCounsellorId"
        label={t('closureCounsellor')}
        options={counsellors}
        placeholder={t('allCounsellors')}
        error={errors.closureCounsellorId}
        defaultValue={value('closureCounsellorId') ?? ''}
      />
      <TextField name="reason" label={t('closureReason')} hint={t('closureReasonHint')} error={errors.reason} defaultValue={value('reason')} autoComplete="off" />
      <Button disabled={pending}>{t('closureSubmit')}</Button>
    </form>
  );
}
