'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { FormState } from '@/lib/forms/state';
import { recordAudit } from '@/lib/audit/record';
import { staffAuth } from '../staff';
import { passwordProblem } from '../passwords';

const schema = z.object({ token: z.string().min(10).max(200), password: z.string() });

/**
 * Accepting an invitation (or a password reset): the person chooses a password; then they sign in
 * and enrol their second factor. Better Auth checks and consumes the one-time token.
 */
export async function acceptStaffInvitation(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations('Admin.invitation');
  const parsed = schema.safeParse({ token: formData.get('token'), password: formData.get('password') ?? '' });
  if (!parsed.success) return { formError: t('invalidLink') };
  const { token, password } = parsed.data;

  const pending = await db.staffVerification.findFirst({
    where: { identifier: `reset-password:${token}`, expiresAt: { gt: new Date() } },
    select: { value: true },
  });
  if (!pending) return { formError: t('invalidLink') };
  const staff = await db.staffUser.findUnique({ where: { id: pending.value }, select: { id: true, email: true, active: true } });
  if (!staff?.active) return { formError: t('invalidLink') };

  const problem = passwordProblem(password, { email: staff.email });
  if (problem) return { fieldErrors: { password: t(`password.${problem}`) } };

  try {
    await staffAuth().api.resetPassword({ body: { token, newPassword: password } });
  } catch {
    return { formError: t('invalidLink') };
  }
  await recordAudit({ actor: { type: 'staff', id: staff.id }, action: 'change', entity: 'StaffUser', entityId: staff.id, detail: { fields: ['password'] } });
  redirect('/admin/sign-in?passwordSet=1');
}
