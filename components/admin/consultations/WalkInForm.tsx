'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { emptyFormState } from '@/lib/forms/state';
import { walkInAction } from '@/lib/consultations/staff/actions/walk-in';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextArea, TextField } from '@/components/ui/Field';
import { Choices } from '@/components/ui/Choices';
import { Select, type SelectOption } from '@/components/ui/Select';
import { Button } from '@/components/ui/Button';

export function WalkInForm({ counsellors, topics, languages, defaults }: { counsellors: SelectOption[]; topics: SelectOption[]; languages: SelectOption[]; defaults: { counsellorId?: string } }) {
  const t = useTranslations('Admin.consultations');
  const tf = useTranslations('Forms');
  const [state, action, pending] = useActionState(walkInAction, emptyFormState);
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => state.values?.[name];
  return (
    <form action={action} noValidate>
      <ErrorSummary title={tf('errorSummaryTitle')} errors={errors} />
      <Select
        name="counsellorId"
        label={t('walkIn.counsellor')}
        options={counsellors}
        placeholder={t('choose')}
        error={errors.counsellorId}
        defaultValue={value('counsellorId') ?? defaults.counsellorId ?? ''}
      />
      <Select name="topicId" label={t('walkIn.topic')} options={topics} placeholder={t('choose')} error={errors.topicId} defaultValue={value('topicId') ?? ''} />
      <Select name="language" label={t('walkIn.language')} options={languages} placeholder={t('choose')} error={errors.language} defaultValue={value('language') ?? ''} />
      <TextField name="name" label={t('walkIn.name')} error={errors.name} defaultValue={value('name')} autoComplete="off" />
      <TextField name="phone" type="tel" label={t('walkIn.phone')} error={errors.phone} defaultValue={value('phone')} autoComplete="off" />
      <TextField name="email" type="email" label={t('walkIn.email')} error={errors.email} defaultValue={value('email')} autoComplete="off" spellCheck={false} />
      <TextArea name="problem" label={t('walkIn.problem')} error={errors.problem} defaultValue={value('problem')} />
      <Choices
        type="checkbox"
        name="interpreterNeeded"
        legend={t('walkIn.interpreter')}
        selected={value('interpreterNeeded') === 'yes' ? ['yes'] : []}
        choices={[{ value: 'yes', label: t('walkIn.interpreterNeeded') }]}
      />
      <Button disabled={pending}>{t('walkIn.submit')}</Button>
    </form>
  );
}
