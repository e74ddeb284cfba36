'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { db } from '@/lib/db';
import { runStaffAction } from '@/lib/actions/staff-action';
import { invalid, type DataResult } from '@/lib/forms/result';
import { recordAudit } from '@/lib/audit/record';
import { translateIssues, type FormState } from '@/lib/forms/state';
import { formErrorText } from '@/lib/forms/issue-keys';
import { parseRoles } from '@/lib/auth/roles';
import { staffFormInput, staffProfileSchema } from '../schema';

const idSchema = z.string().min(1).max(64);

/** Changes a colleague's name, roles, languages and interface language. Role changes are audited. */
export async function updateStaff(_previous: FormState, formData: FormData): Promise<FormState> {
  const tf = await getTranslations('Forms.errors');
  const result = await runStaffAction({ permission: 'staff:manage', entity: 'StaffUser' }, formData, async (admin, form): Promise<DataResult<{ id: string }, 'notFound'>> => {
    const id = idSchema.safeParse(form.get('id'));
    if (!id.success) return { ok: false, refused: 'notFound' };
    const parsed = staffProfileSchema.safeParse(staffFormInput(form));
    if (!parsed.success) return invalid(parsed.error);
    const before = await db.staffUser.findUnique({ where: { id: id.data }, select: { roles: true } });
    if (!before) return { ok: false, refused: 'notFound' };
    await db.staffUser.update({ where: { id: id.data }, data: parsed.data });
    const rolesBefore = parseRoles(before.roles);
    await recordAudit({ actor: { type: 'staff', id: admin.id }, action: 'change', entity: 'StaffUser', entityId: id.data, detail: { fields: ['name', 'languages', 'locale'] } });
    if (JSON.stringify([...rolesBefore].sort()) !== JSON.stringify([...parsed.data.roles].sort())) {
      await recordAudit({ actor: { type: 'staff', id: admin.id }, action: 'permission_change', entity: 'StaffUser', entityId: id.data, detail: { rolesBefore, rolesAfter: parsed.data.roles } });
    }
    return { ok: true, id: id.data };
  });
  if (!result.ok) {
    if ('invalid' in result) return { fieldErrors: translateIssues(result.invalid, formErrorText(tf)) };
    redirect('/admin/staff');
  }
  redirect(`/admin/staff?updated=${encodeURIComponent(result.id)}`);
}

/** Disabling an account ends all its sessions at once; enabling it again needs a new sign-in. */
export async function setStaffActive(formData: FormData): Promise<void> {
  const result = await runStaffAction({ permission: 'staff:manage', entity: 'StaffUser' }, formData, async (admin, form): Promise<DataResult<{ id: string }, 'notFound' | 'ownAccount'>> => {
    const id = idSchema.safeParse(form.get('id'));
    if (!id.success) return { ok: false, refused: 'notFound' };
    const active = form.get('active') === 'true';
    if (id.data === admin.id && !active) return { ok: false, refused: 'ownAccount' }; // nobody locks themselves out
    await db.$transaction([db.staffUser.update({ where: { id: id.data }, data: { active } }), ...(active ? [] : [db.staffSession.deleteMany({ where: { userId: id.data } })])]);
    await recordAudit({ actor: { type: 'staff', id: admin.id }, action: active ? 'change' : 'staff_disabled', entity: 'StaffUser', entityId: id.data, detail: { active } });
    return { ok: true, id: id.data };
  });
  redirect(result.ok ? `/admin/staff?updated=${encodeURIComponent(result.id)}` : '/admin/staff');
}
