'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { residentSignIn, type ResidentSignInState } from '@/lib/auth/actions/resident-sign-in';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextField } from '@/components/ui/Field';
import { Button } from '@/components/ui/Button';
import { formPermalink } from '@/lib/forms/permalink';

const initial: ResidentSignInState = { step: 'email' };

/** Email, then the code we sent. Works without JavaScript: each step posts and re-renders. */
export function ResidentSignInForm({ next }: { next?: string | null }) {
  const t = useTranslations('Account.signIn');
  const tf = useTranslations('Forms');
  const locale = useLocale();
  const [state, action, pending] = useActionState(residentSignIn, initial, formPermalink(`/${locale}/account/sign-in`, { next }));

  if (state.step === 'code' && state.email) {
    return (
      <form action={action} noValidate>
        <ErrorSummary title={tf('errorSummaryTitle')} errors={{ code: state.fieldErrors?.code }} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="step" value="code" />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <input type="hidden" name="email" value={state.email} />
        <p className="mb-4" role="status">
          {t('codeSent', { email: state.email })}
        </p>
        <TextField
          name="code"
          label={t('codeLabel')}
          hint={t('codeHint')}
          error={state.fieldErrors?.code}
          autoComplete="one-time-code"
          inputMode="numeric"
          className="mt-1 block w-48 border-2 border-ink p-2 text-xl tracking-widest"
        />
        <Button disabled={pending}>{t('signIn')}</Button>
      </form>
    );
  }

  return (
    <form action={action} noValidate>
      <ErrorSummary title={tf('errorSummaryTitle')} errors={{ email: state.fieldErrors?.email }} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="step" value="email" />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField name="email" type="email" autoComplete="email" label={t('emailLabel')} hint={t('emailHint')} defaultValue={state.values?.email} error={state.fieldErrors?.email} spellCheck={false} />
      <Button disabled={pending}>{t('sendCode')}</Button>
    </form>
  );
}
