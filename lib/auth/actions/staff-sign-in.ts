'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { db } from '@/lib/db';
import { emailField } from '@/lib/forms/fields';
import { keptValues, translateIssues, type FormState } from '@/lib/forms/state';
import { formErrorText } from '@/lib/forms/issue-keys';
import { recordAudit } from '@/lib/audit/record';
import { staffAuth } from '../staff';
import { clientIpFrom } from '@/lib/http/client-ip';
import { checkThrottle, clearAttempts, recordAttempt, type ThrottleKey } from '../throttle';

const schema = z.object({ email: emailField, password: z.string().min(1, 'required').max(1024, 'tooLong') });

const signInKeys = (email: string, ip: string): ThrottleKey[] => [
  { rule: 'staffSignInAccountAddress', key: `${email}|${ip}` },
  { rule: 'staffSignInAccount', key: email },
  { rule: 'signInAddress', key: ip },
];

/** Step 1 of staff sign-in: email and password. Throttled per account, per account+address and per address. */
export async function signInStaff(_previous: FormState, formData: FormData): Promise<FormState> {
  const [t, tf] = await Promise.all([getTranslations('Admin.signIn'), getTranslations('Forms.errors')]);
  const values = keptValues(formData, ['email']);
  const parsed = schema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  if (!parsed.success) return { values, fieldErrors: translateIssues(parsed.error, formErrorText(tf)) };

  const { email, password } = parsed.data;
  const requestHeaders = await headers();
  const keys = signInKeys(email, clientIpFrom(requestHeaders));
  const throttle = await checkThrottle(keys);
  if (throttle.blocked) return { values, formError: t('throttled', { minutes: Math.ceil(throttle.retryAfterSeconds / 60) }) };

  // A disabled account is refused like a wrong password: nothing tells an attacker it exists.
  const staff = await db.staffUser.findUnique({ where: { email }, select: { id: true, active: true } });
  let needsSecondFactor = false;
  try {
    if (!staff?.active) throw new Error('inactive');
    const result = await staffAuth().api.signInEmail({ body: { email, password }, headers: requestHeaders });
    needsSecondFactor = 'twoFactorRedirect' in result && Boolean(result.twoFactorRedirect);
  } catch {
    await recordAttempt(keys);
    await recordAudit({ actor: { type: 'anonymous' }, action: 'sign_in_failed', entity: 'StaffUser', entityId: staff?.id, detail: { step: 'password' } });
    return { values, formError: t('wrongCredentials') };
  }
  await clearAttempts(keys.slice(0, 1));
  redirect(needsSecondFactor ? '/admin/sign-in/verify' : '/admin/security');
}
