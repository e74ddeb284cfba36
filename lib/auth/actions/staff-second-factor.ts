'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { oneTimeCode } from '@/lib/forms/fields';
import { translateIssues, type FormState } from '@/lib/forms/state';
import { formErrorText } from '@/lib/forms/issue-keys';
import { recordAudit } from '@/lib/audit/record';
import { staffAuth, STAFF_TWO_FACTOR_COOKIE } from '../staff';
import { clientIpFrom } from '@/lib/http/client-ip';
import { db } from '@/lib/db';
import { refundAttempt } from '../throttle';
import { attemptKeys, guardedAttempt } from '../attempts';
import { pendingSecondFactorStaffId } from '../pending-second-factor';
import { claimTotpStep } from '../totp-replay';

const totpSchema = z.object({ code: oneTimeCode(6) });
const recoverySchema = z.object({ code: z.string().trim().min(1, 'required').max(40, 'tooLong') });

/**
 * Step 2 of staff sign-in: a code from the authenticator app, or one recovery code. The pending
 * sign-in lives in Better Auth's short-lived two-factor cookie; without it, start again.
 */
export async function verifyStaffSecondFactor(_previous: FormState, formData: FormData): Promise<FormState> {
  const [t, tf] = await Promise.all([getTranslations('Admin.verify'), getTranslations('Forms.errors')]);
  const method = formData.get('method') === 'recovery' ? 'recovery' : 'totp';
  const parsed = (method === 'totp' ? totpSchema : recoverySchema).safeParse({ code: formData.get('code') });
  if (!parsed.success) return { values: { method }, fieldErrors: translateIssues(parsed.error, formErrorText(tf)) };

  const pendingCookie = (await cookies()).get(STAFF_TWO_FACTOR_COOKIE);
  if (!pendingCookie) redirect('/admin/sign-in?expired=1');
  const requestHeaders = await headers();
  // Per account as well as per address, counted before the code is checked, refunded if right.
  const staffId = await pendingSecondFactorStaffId(db, pendingCookie.value);
  const keys = attemptKeys.staffSecondFactor(staffId, clientIpFrom(requestHeaders));
  let reused = false;
  const outcome = await guardedAttempt(keys, async () => {
    // A code from a time step already used is refused before Better Auth, which would take it.
    if (method === 'totp' && staffId && (await claimTotpStep(db, staffId, parsed.data.code)) === 'reused') {
      reused = true;
      return null;
    }
    try {
      const body = { code: parsed.data.code, trustDevice: false };
      const result = method === 'totp' ? await staffAuth().api.verifyTOTP({ body, headers: requestHeaders }) : await staffAuth().api.verifyBackupCode({ body, headers: requestHeaders });
      return result.user.id;
    } catch {
      return null;
    }
  });
  if (outcome.kind === 'throttled') return { values: { method }, formError: t('throttled', { minutes: Math.ceil(outcome.retryAfterSeconds / 60) }) };
  if (outcome.kind === 'failed') {
    // A reused code is no guess (whoever sent it had a valid code): refused, but not counted, so a
    // person signing in twice within one 30-second step just waits for the next code.
    if (reused) await refundAttempt(keys);
    await recordAudit({ actor: { type: 'anonymous' }, action: 'sign_in_failed', entity: 'StaffUser', entityId: staffId ?? undefined, detail: { step: method, ...(reused ? { reused: true } : {}) } });
    return { values: { method }, fieldErrors: { code: t('wrongCode') } };
  }
  const userId = outcome.value;
  await recordAudit({ actor: { type: 'staff', id: userId }, action: 'sign_in', entity: 'StaffUser', entityId: userId, detail: { secondFactor: method } });
  redirect('/admin');
}
