'use client';

import type { ReactNode } from 'react';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { emptyFormState, type FormState } from '@/lib/forms/state';
import { ErrorSummary } from '@/components/ui/ErrorSummary';

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * One form of the support panel: a plain post (it works without JavaScript, the page re-rendered
 * with the returned state), whose refusals and errors are shown here — at their field through the
 * error summary, or for a button-only form as an alert — with what was typed kept.
 */
export function SupportActionForm({
  action,
  caseId,
  move,
  className,
  children,
}: {
  action: Action;
  caseId: string;
  move?: string;
  className?: string;
  children: (state: FormState, pending: boolean) => ReactNode;
}) {
  const tf = useTranslations('Forms');
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  return (
    <form action={formAction} noValidate className={className}>
      <ErrorSummary title={tf('errorSummaryTitle')} errors={state.fieldErrors ?? {}} />
      {state.formError ? (
        <p role="alert" className="mb-4 border-s-4 border-error ps-4 font-semibold text-error" data-form-error>
          {state.formError}
        </p>
      ) : null}
      <input type="hidden" name="caseId" value={caseId} />
      {move ? <input type="hidden" name="move" value={move} /> : null}
      {children(state, pending)}
    </form>
  );
}
