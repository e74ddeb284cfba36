'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { emailField, oneTimeCode } from '@/lib/forms/fields';
import { keptValues, translateIssues, type FormState } from '@/lib/forms/state';
import { formErrorText } from '@/lib/forms/issue-keys';
import { localeFromForm } from '@/lib/i18n/locales';
import { recordAudit } from '@/lib/audit/record';
import { residentAuth } from '../resident';
import { clientIpFrom } from '@/lib/http/client-ip';
import { withRequestLocale } from '../request-locale';
import { takeAttempt } from '../throttle';
import { attemptKeys, guardedAttempt } from '../attempts';
import { safeNextPath } from '../next-path';

export type ResidentSignInState = FormState & { step?: 'email' | 'code'; email?: string };

/**
 * Residents sign in without a password: step 1 sends a 6-digit code to their email, step 2 checks
 * it. The same answer is given whether or not the address is known, so the form tells nobody who
 * has an account.
 */
export async function residentSignIn(_previous: ResidentSignInState, formData: FormData): Promise<ResidentSignInState> {
  const locale = localeFromForm(formData);
  const [t, tf] = await Promise.all([getTranslations({ locale, namespace: 'Account.signIn' }), getTranslations({ locale, namespace: 'Forms.errors' })]);
  const requestHeaders = await headers();
  const ip = clientIpFrom(requestHeaders);

  if (formData.get('step') !== 'code') {
    const values = keptValues(formData, ['email']);
    const parsed = z.object({ email: emailField }).safeParse({ email: formData.get('email') });
    if (!parsed.success) return { step: 'email', values, fieldErrors: translateIssues(parsed.error, formErrorText(tf)) };
    const { email } = parsed.data;
    // Each request sends mail, so it stays counted; per account at this address first, so a flood
    // from elsewhere does not stop the resident asking from their own address.
    const throttle = await takeAttempt(attemptKeys.residentCodeRequest(email, ip));
    if (throttle.blocked) return { step: 'email', values, fieldErrors: { email: t('throttled', { minutes: Math.ceil(throttle.retryAfterSeconds / 60) }) } };
    await withRequestLocale(locale, () => residentAuth().api.sendVerificationOTP({ body: { email, type: 'sign-in' } }));
    return { step: 'code', email };
  }

  const email = emailField.safeParse(formData.get('email'));
  if (!email.success) return { step: 'email' };
  const parsed = z.object({ code: oneTimeCode(6) }).safeParse({ code: formData.get('code') });
  if (!parsed.success) return { step: 'code', email: email.data, fieldErrors: { code: t('codeFormat') } };
  const keys = attemptKeys.residentCodeCheck(email.data, ip);
  const outcome = await guardedAttempt(
    keys,
    () =>
      withRequestLocale(locale, () => residentAuth().api.signInEmailOTP({ body: { email: email.data, otp: parsed.data.code }, headers: requestHeaders })).then(
        (result) => result.user.id,
        () => null,
      ),
    keys.slice(0, 1),
  );
  if (outcome.kind === 'throttled') return { step: 'code', email: email.data, fieldErrors: { code: t('throttled', { minutes: Math.ceil(outcome.retryAfterSeconds / 60) }) } };
  if (outcome.kind === 'failed') {
    await recordAudit({ actor: { type: 'anonymous' }, action: 'sign_in_failed', entity: 'Resident', detail: { step: 'code' } });
    return { step: 'code', email: email.data, fieldErrors: { code: t('wrongCode') } };
  }
  const residentId = outcome.value;
  await recordAudit({ actor: { type: 'resident', id: residentId }, action: 'sign_in', entity: 'Resident', entityId: residentId, residentId });
  redirect(safeNextPath(locale, formData.get('next')) ?? `/${locale}/account`);
}

export async function residentSignOut(_previous: void, formData: FormData) {
  const locale = localeFromForm(formData);
  await residentAuth().api.signOut({ headers: await headers() });
  redirect(`/${locale}`);
}
