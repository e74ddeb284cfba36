'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { runStaffAction } from '@/lib/actions/staff-action';
import { invalid, type DataResult } from '@/lib/forms/result';
import { staffAuth } from '@/lib/auth/staff';
import { recordAudit } from '@/lib/audit/record';
import { translateIssues, type FormState } from '@/lib/forms/state';
import { formErrorText } from '@/lib/forms/issue-keys';
import { staffFormInput, staffInviteSchema } from '../schema';

/** An administrator invites a colleague: the account exists at once, the password is theirs to set. */
export async function inviteStaff(_previous: FormState, formData: FormData): Promise<FormState> {
  const [t, tf] = await Promise.all([getTranslations('Admin.staff'), getTranslations('Forms.errors')]);
  const input = staffFormInput(formData);
  const values = { name: String(input.name), email: String(input.email), locale: String(input.locale), roles: input.roles.join(','), languages: input.languages.join(',') };
  const result = await runStaffAction({ permission: 'staff:manage', entity: 'StaffUser' }, input, async (admin, raw): Promise<DataResult<{ email: string }, 'emailTaken'>> => {
    const parsed = staffInviteSchema.safeParse(raw);
    if (!parsed.success) return invalid(parsed.error);
    const { email, name, roles, languages, locale } = parsed.data;
    if (await db.staffUser.findUnique({ where: { email }, select: { id: true } })) return { ok: false, refused: 'emailTaken' } as const;
    const created = await db.staffUser.create({
      data: { email, name, roles, languages, locale, invitedById: admin.id, emailVerified: true },
      select: { id: true },
    });
    await recordAudit({ actor: { type: 'staff', id: admin.id }, action: 'staff_invited', entity: 'StaffUser', entityId: created.id });
    await recordAudit({ actor: { type: 'staff', id: admin.id }, action: 'permission_change', entity: 'StaffUser', entityId: created.id, detail: { rolesBefore: [], rolesAfter: roles } });
    await staffAuth().api.requestPasswordReset({ body: { email } });
    return { ok: true, email };
  });
  if (!result.ok) return { values, fieldErrors: 'invalid' in result ? translateIssues(result.invalid, formErrorText(tf)) : { email: t('emailTaken') } };
  redirect(`/admin/staff?invited=${encodeURIComponent(result.email)}`);
}
