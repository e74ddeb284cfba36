'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { verifyStaffSecondFactor } from '@/lib/auth/actions/staff-second-factor';
import { emptyFormState } from '@/lib/forms/state';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextField } from '@/components/ui/Field';
import { Button } from '@/components/ui/Button';

/** The code from the authenticator app; a recovery code when the phone is lost. */
export function SecondFactorForm({ method }: { method: 'totp' | 'recovery' }) {
  const t = useTranslations('Admin.verify');
  const tf = useTranslations('Forms');
  const [state, action, pending] = useActionState(verifyStaffSecondFactor, emptyFormState);
  const name = 'code';
  return (
    <form action={action} noValidate>
      <ErrorSummary title={tf('errorSummaryTitle')} errors={{ ...state.fieldErrors, ...(state.formError ? { code: state.formError } : {}) }} />
      <input type="hidden" name="method" value={method} />
      <TextField
        name={name}
        label={method === 'totp' ? t('codeLabel') : t('recoveryLabel')}
        hint={method === 'totp' ? t('codeHint') : t('recoveryHint')}
        error={state.fieldErrors?.code ?? state.formError}
        autoComplete="one-time-code"
        inputMode={method === 'totp' ? 'numeric' : 'text'}
        spellCheck={false}
        className="mt-1 block w-48 border-2 border-ink p-2 text-xl tracking-widest"
      />
      <Button disabled={pending}>{t('submit')}</Button>
    </form>
  );
}
