'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { emptyFormState } from '@/lib/forms/state';
import { addBlockAction } from '@/lib/consultations/staff/actions/schedules';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextField } from '@/components/ui/Field';
import { Choices, type Choice } from '@/components/ui/Choices';
import { Select, type SelectOption } from '@/components/ui/Select';
import { Button } from '@/components/ui/Button';

type Options = { counsellors: SelectOption[]; centers: SelectOption[]; weekdays: SelectOption[]; channels: Choice[]; topics: Choice[]; languages: Choice[] };

/** A new weekly block: who, where, which day and hours, slot length, seats, and what it takes. */
export function ScheduleBlockForm({ options, defaultCenterId }: { options: Options; defaultCenterId?: string }) {
  const t = useTranslations('Admin.consultations');
  const tf = useTranslations('Forms');
  const [state, action, pending] = useActionState(addBlockAction, emptyFormState);
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => state.values?.[name];
  const list = (name: string) => (state.values?.[name] !== undefined ? state.values[name]!.split(',').filter(Boolean) : undefined);
  return (
    <form action={action} noValidate>
      <ErrorSummary title={tf('errorSummaryTitle')} errors={errors} />
      <Select name="counsellorId" label={t('schedules.counsellor')} options={options.counsellors} placeholder={t('choose')} error={errors.counsellorId} defaultValue={value('counsellorId') ?? ''} />
      <Select name="centerId" label={t('center')} options={options.centers} error={errors.centerId} defaultValue={value('centerId') ?? defaultCenterId} />
      <Select name="weekday" label={t('schedules.weekday')} options={options.weekdays} error={errors.weekday} defaultValue={value('weekday') ?? '1'} />
      <div className="grid gap-x-6 sm:grid-cols-2">
        <TextField name="startTime" type="time" label={t('schedules.startTime')} hint={t('schedules.timeHint')} error={errors.startTime} defaultValue={value('startTime') ?? '09:00'} />
        <TextField name="endTime" type="time" label={t('schedules.endTime')} hint={t('schedules.timeHint')} error={errors.endTime} defaultValue={value('endTime') ?? '12:00'} />
        <TextField
          name="slotMinutes"
          type="number"
          inputMode="numeric"
          min={15}
          max={240}
          step={5}
          label={t('schedules.slotMinutes')}
          error={errors.slotMinutes}
          defaultValue={value('slotMinutes') ?? '60'}
        />
        <TextField name="capacity" type="number" inputMode="numeric" min={1} max={50} label={t('schedules.capacity')} error={errors.capacity} defaultValue={value('capacity') ?? '1'} />
      </div>
      <Choices type="checkbox" name="channels" legend={t('schedules.channels')} error={errors.channels} selected={list('channels') ?? ['VISIT', 'PHONE', 'VIDEO']} choices={options.channels} />
      <Choices type="checkbox" name="topics" legend={t('schedules.topics')} hint={t('schedules.topicsHint')} error={errors.topics} selected={list('topics')} choices={options.topics} />
      <Choices
        type="checkbox"
        name="interpreterLanguages"
        legend={t('schedules.interpreterLanguages')}
        hint={t('schedules.interpreterHint')}
        selected={list('interpreterLanguages')}
        choices={options.languages}
      />
      <Button disabled={pending}>{t('schedules.submit')}</Button>
    </form>
  );
}
