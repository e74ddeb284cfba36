'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Honeypot } from '@/components/forms/Honeypot';
import { lookUpBooking, type LookupState } from '@/lib/consultations/actions/manage';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextField } from '@/components/ui/Field';
import { Button } from '@/components/ui/Button';
import { formPermalink } from '@/lib/forms/permalink';

/** Reference + contact, then the code sent to that contact. Each step posts without JavaScript. */
export function LookupForm() {
  const t = useTranslations('Consultations.lookup');
  const tf = useTranslations('Forms');
  const locale = useLocale();
  const [state, action, pending] = useActionState(lookUpBooking, { step: 'lookup' } as LookupState, formPermalink(`/${locale}/consultations/manage`));

  if (state.step === 'code' && state.challenge) {
    return (
      <form action={action} noValidate>
        <ErrorSummary title={tf('errorSummaryTitle')} errors={{ code: state.fieldErrors?.code }} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="step" value="code" />
        <input type="hidden" name="challenge" value={state.challenge} />
        <p className="mb-4 max-w-xl" role="status">
          {t('codeSent')}
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
        <Button disabled={pending}>{t('open')}</Button>
      </form>
    );
  }

  return (
    <form action={action} noValidate>
      <ErrorSummary title={tf('errorSummaryTitle')} errors={{ ...state.fieldErrors, ...(state.formError ? { form: state.formError } : {}) }} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="step" value="lookup" />
      <Honeypot label={tf('honeypot')} />
      <TextField
        name="reference"
        label={t('reference')}
        hint={t('referenceHint')}
        defaultValue={state.values?.reference}
        error={state.fieldErrors?.reference}
        autoComplete="off"
        spellCheck={false}
        className="mt-1 block w-64 border-2 border-ink p-2 font-mono text-lg uppercase"
      />
      <TextField name="contact" label={t('contact')} hint={t('contactHint')} defaultValue={state.values?.contact} error={state.fieldErrors?.contact} autoComplete="email" spellCheck={false} />
      <Button disabled={pending}>{t('sendCode')}</Button>
    </form>
  );
}
