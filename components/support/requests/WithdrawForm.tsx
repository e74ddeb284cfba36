'use client';

import { useActionState } from 'react';
import { useLocale } from 'next-intl';
import { emptyFormState } from '@/lib/forms/state';
import { withdrawApplicationAction } from '@/lib/support/application/withdraw-action';
import { Button } from '@/components/ui/Button';

/** The confirmation: one post (works without JavaScript); a refusal (decided meanwhile) is said at the button. */
export function WithdrawForm({ caseId, confirm }: { caseId: string; confirm: string }) {
  const locale = useLocale();
  const [state, action, pending] = useActionState(withdrawApplicationAction, emptyFormState);
  return (
    <form action={action} noValidate>
      {state.formError ? (
        <p role="alert" className="mb-4 border-s-4 border-error ps-4 font-semibold text-error" data-form-error>
          {state.formError}
        </p>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="caseId" value={caseId} />
      <Button disabled={pending}>{confirm}</Button>
    </form>
  );
}
