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
import { attemptKeys, guardedAttempt } from '../attempts';
import { verifyAgainstDummy } from '../passwords';

const schema = z.object({ email: emailField, password: z.string().min(1, 'required').max(1024, 'tooLong') });

/** Step 1 of staff sign-in: email and password. Throttled per account, per account+address and per address. */
export async function signInStaff(_previous: FormState, formData: FormData): Promise<FormState> {
  const [t, tf] = await Promise.all([getTranslations('Admin.signIn'), getTranslations('Forms.errors')]);
  const values = keptValues(formData, ['email']);
  const parsed = schema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  if (!parsed.success) return { values, fieldErrors: translateIssues(parsed.error, formErrorText(tf)) };

  const { email, password } = parsed.data;
  const requestHeaders = await headers();
  const keys = attemptKeys.staffPassword(email, clientIpFrom(requestHeaders));
  // Counted before the password is checked, refunded if it is right (a burst is never all checked).
  let staffId: string | undefined;
  const outcome = await guardedAttempt(
    keys,
    async () => {
      // A disabled or unknown account is refused like a wrong password, after the same argon2
      // work: neither the answer nor its timing tells an attacker it exists.
      const staff = await db.staffUser.findUnique({ where: { email }, select: { id: true, active: true } });
      staffId = staff?.id;
      if (!staff?.active) return verifyAgainstDummy(password).then(() => null);
      try {
        const result = await staffAuth().api.signInEmail({ body: { email, password }, headers: requestHeaders });
        return { needsSecondFactor: 'twoFactorRedirect' in result && Boolean(result.twoFactorRedirect) };
      } catch {
        return null;
      }
    },
    keys.slice(0, 1),
  );
  if (outcome.kind === 'throttled') return { values, formError: t('throttled', { minutes: Math.ceil(outcome.retryAfterSeconds / 60) }) };
  if (outcome.kind === 'failed') {
    await recordAudit({ actor: { type: 'anonymous' }, action: 'sign_in_failed', entity: 'StaffUser', entityId: staffId, detail: { step: 'password' } });
    return { values, formError: t('wrongCredentials') };
  }
  const { needsSecondFactor } = outcome.value;
  redirect(needsSecondFactor ? '/admin/sign-in/verify' : '/admin/security');
}
