'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { emptyFormState } from '@/lib/forms/state';
import { addNoteAction } from '@/lib/hub/actions/case-work';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextArea } from '@/components/ui/Field';
import { Button } from '@/components/ui/Button';

/** An internal note on the case: staff only, never shown to the resident. */
export function NoteForm({ caseId }: { caseId: string }) {
  const t = useTranslations('CaseHub.work');
  const tf = useTranslations('Forms');
  const [state, action, pending] = useActionState(addNoteAction, emptyFormState);
  return (
    <form action={action} noValidate className="mb-6">
      <ErrorSummary title={tf('errorSummaryTitle')} errors={state.fieldErrors ?? {}} />
      <input type="hidden" name="caseId" value={caseId} />
      <TextArea name="internalNote" rows={3} label={t('note')} hint={t('noteHint')} error={state.fieldErrors?.internalNote} defaultValue={state.values?.internalNote} />
      <Button variant="secondary" disabled={pending}>
        {t('addNote')}
      </Button>
    </form>
  );
}
