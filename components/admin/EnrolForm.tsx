'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { enrolSecondFactor, type EnrolState } from '@/lib/auth/actions/staff-enrol';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextField } from '@/components/ui/Field';
import { Button } from '@/components/ui/Button';

const initial: EnrolState = { step: 'password' };

/** Confirm the password, then add the key to an authenticator app and prove it works; the recovery codes follow on their own page. */
export function EnrolForm() {
  const t = useTranslations('Admin.security');
  const tf = useTranslations('Forms');
  const [state, action, pending] = useActionState(enrolSecondFactor, initial);

  if (state.step === 'scan') {
    return (
      <form action={action} noValidate>
        <ErrorSummary title={tf('errorSummaryTitle')} errors={{ code: state.fieldErrors?.code }} />
        <input type="hidden" name="step" value="code" />
        <h2 className="mb-2 text-2xl font-bold">{t('scanHeading')}</h2>
        <p className="mb-4">{t('scanLead')}</p>
        {state.qrSvg ? (
          // A QR code generated for this staff member, inline as data: nothing for next/image to optimise or cache.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(state.qrSvg)}`} alt={t('qrAlt')} width={200} height={200} className="mb-4 border border-line" />
        ) : null}
        <p className="mb-1 font-semibold">{t('keyLabel')}</p>
        <p className="mb-6 font-mono text-lg break-all" data-testid="totp-secret">
          {state.secret}
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
        <Button disabled={pending}>{t('confirm')}</Button>
      </form>
    );
  }

  return (
    <form action={action} noValidate>
      <ErrorSummary title={tf('errorSummaryTitle')} errors={{ password: state.fieldErrors?.password }} />
      <input type="hidden" name="step" value="password" />
      <p className="mb-4">{t('lead')}</p>
      <TextField name="password" type="password" autoComplete="current-password" label={t('passwordLabel')} error={state.fieldErrors?.password} />
      <Button disabled={pending}>{t('start')}</Button>
    </form>
  );
}
