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
import { checkThrottle, recordAttempt, type ThrottleKey } from '../throttle';

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

  if (!(await cookies()).has(STAFF_TWO_FACTOR_COOKIE)) redirect('/admin/sign-in?expired=1');
  const requestHeaders = await headers();
  const keys: ThrottleKey[] = [{ rule: 'staffSecondFactor', key: clientIpFrom(requestHeaders) }];
  const throttle = await checkThrottle(keys);
  if (throttle.blocked) return { values: { method }, formError: t('throttled', { minutes: Math.ceil(throttle.retryAfterSeconds / 60) }) };

  let userId: string;
  try {
    const body = { code: parsed.data.code, trustDevice: false };
    const result = method === 'totp' ? await staffAuth().api.verifyTOTP({ body, headers: requestHeaders }) : await staffAuth().api.verifyBackupCode({ body, headers: requestHeaders });
    userId = result.user.id;
  } catch {
    await recordAttempt(keys);
    await recordAudit({ actor: { type: 'anonymous' }, action: 'sign_in_failed', entity: 'StaffUser', detail: { step: method } });
    return { values: { method }, fieldErrors: { code: t('wrongCode') } };
  }
  await recordAudit({ actor: { type: 'staff', id: userId }, action: 'sign_in', entity: 'StaffUser', entityId: userId, detail: { secondFactor: method } });
  redirect('/admin');
}
