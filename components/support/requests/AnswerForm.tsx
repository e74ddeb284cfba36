'use client';

import { useActionState } from 'react';
import { useLocale } from 'next-intl';
import { emptyFormState } from '@/lib/forms/state';
import { answerRequestAction } from '@/lib/support/info-request/actions';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextArea } from '@/components/ui/Field';
import { Button } from '@/components/ui/Button';

/**
 * The answer to a request for more: words for now. Documents (branch docs) join this form as
 * another field of the same post, so the answer and its evidence arrive together.
 */
export function AnswerForm({ caseId, labels }: { caseId: string; labels: { errorTitle: string; answer: string; hint: string; submit: string } }) {
  const locale = useLocale();
  const [state, action, pending] = useActionState(answerRequestAction, emptyFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary title={labels.errorTitle} errors={state.fieldErrors ?? {}} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="caseId" value={caseId} />
      <TextArea name="answer" label={labels.answer} hint={labels.hint} rows={6} error={state.fieldErrors?.answer} defaultValue={state.values?.answer} />
      <Button disabled={pending}>{labels.submit}</Button>
    </form>
  );
}
