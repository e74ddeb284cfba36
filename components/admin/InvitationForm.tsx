'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { acceptStaffInvitation } from '@/lib/auth/actions/staff-invitation';
import { emptyFormState } from '@/lib/forms/state';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextField } from '@/components/ui/Field';
import { Button } from '@/components/ui/Button';

export function InvitationForm({ token }: { token: string }) {
  const t = useTranslations('Admin.invitation');
  const tf = useTranslations('Forms');
  const [state, action, pending] = useActionState(acceptStaffInvitation, emptyFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary title={tf('errorSummaryTitle')} errors={{ password: state.fieldErrors?.password ?? state.formError }} />
      <input type="hidden" name="token" value={token} />
      <TextField name="password" type="password" autoComplete="new-password" label={t('passwordLabel')} hint={t('passwordHint')} error={state.fieldErrors?.password ?? state.formError} />
      <Button disabled={pending}>{t('submit')}</Button>
    </form>
  );
}
