'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { signInStaff } from '@/lib/auth/actions/staff-sign-in';
import { emptyFormState } from '@/lib/forms/state';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextField } from '@/components/ui/Field';
import { Button } from '@/components/ui/Button';

export function SignInForm() {
  const t = useTranslations('Admin.signIn');
  const tf = useTranslations('Forms');
  const [state, action, pending] = useActionState(signInStaff, emptyFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary title={tf('errorSummaryTitle')} errors={{ ...state.fieldErrors, ...(state.formError ? { email: state.formError } : {}) }} />
      <TextField name="email" type="email" autoComplete="username" label={t('email')} defaultValue={state.values?.email} error={state.fieldErrors?.email ?? state.formError} spellCheck={false} />
      <TextField name="password" type="password" autoComplete="current-password" label={t('password')} error={state.fieldErrors?.password} />
      <Button disabled={pending}>{t('submit')}</Button>
    </form>
  );
}
