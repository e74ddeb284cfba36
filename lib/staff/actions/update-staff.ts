'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { db } from '@/lib/db';
import { requirePermission } from '@/lib/auth/guards';
import { recordAudit } from '@/lib/audit/record';
import { translateIssues, type FormState } from '@/lib/forms/state';
import { formErrorText } from '@/lib/forms/issue-keys';
import { parseRoles } from '@/lib/auth/roles';
import { staffFormInput, staffProfileSchema } from '../schema';

const idSchema = z.string().min(1).max(64);

/** Changes a colleague's name, roles, languages and interface language. Role changes are audited. */
export async function updateStaff(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requirePermission('staff:manage');
  const tf = await getTranslations('Forms.errors');
  const id = idSchema.parse(formData.get('id'));
  const input = staffFormInput(formData);
  const parsed = staffProfileSchema.safeParse(input);
  if (!parsed.success) return { fieldErrors: translateIssues(parsed.error, formErrorText(tf)) };

  const before = await db.staffUser.findUnique({ where: { id }, select: { roles: true } });
  if (!before) redirect('/admin/staff');
  await db.staffUser.update({ where: { id }, data: parsed.data });
  const rolesBefore = parseRoles(before.roles);
  await recordAudit({ actor: { type: 'staff', id: admin.id }, action: 'change', entity: 'StaffUser', entityId: id, detail: { fields: ['name', 'languages', 'locale'] } });
  if (JSON.stringify([...rolesBefore].sort()) !== JSON.stringify([...parsed.data.roles].sort())) {
    await recordAudit({ actor: { type: 'staff', id: admin.id }, action: 'permission_change', entity: 'StaffUser', entityId: id, detail: { rolesBefore, rolesAfter: parsed.data.roles } });
  }
  redirect(`/admin/staff?updated=${encodeURIComponent(id)}`);
}

/** Disabling an account ends all its sessions at once; enabling it again needs a new sign-in. */
export async function setStaffActive(formData: FormData): Promise<void> {
  const admin = await requirePermission('staff:manage');
  const id = idSchema.parse(formData.get('id'));
  const active = formData.get('active') === 'true';
  if (id === admin.id && !active) redirect('/admin/staff'); // nobody locks themselves out
  await db.$transaction([
    db.staffUser.update({ where: { id }, data: { active } }),
    ...(active ? [] : [db.staffSession.deleteMany({ where: { userId: id } })]),
  ]);
  await recordAudit({ actor: { type: 'staff', id: admin.id }, action: active ? 'change' : 'staff_disabled', entity: 'StaffUser', entityId: id, detail: { active } });
  redirect(`/admin/staff?updated=${encodeURIComponent(id)}`);
}
