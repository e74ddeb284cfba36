'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { emptyFormState } from '@/lib/forms/state';
import { sendMessageAction } from '@/lib/hub/actions/case-work';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Select, type SelectOption } from '@/components/ui/Select';
import { Button } from '@/components/ui/Button';

/**
 * Sends the chosen template. The language is preselected only when the template has the
 * resident's; otherwise the staff member must pick one (the flag beside it says why).
 */
export function SendMessageForm({ caseId, templateId, languages, preselected }: { caseId: string; templateId: string; languages: SelectOption[]; preselected: string | null }) {
  const t = useTranslations('CaseHub.message');
  const tf = useTranslations('Forms');
  const [state, action, pending] = useActionState(sendMessageAction, emptyFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary title={tf('errorSummaryTitle')} errors={state.fieldErrors ?? {}} />
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="templateId" value={templateId} />
      <Select
        name="language"
        label={t('language')}
        options={languages}
        placeholder={t('chooseLanguage')}
        defaultValue={state.values?.language ?? preselected ?? ''}
        error={state.fieldErrors?.language}
      />
      <Button disabled={pending}>{t('send')}</Button>
    </form>
  );
}
