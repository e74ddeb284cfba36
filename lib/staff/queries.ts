import 'server-only';
import { db } from '@/lib/db';
import { assertCan, type StaffContext } from '@/lib/auth/guards';
import { parseRoles } from '@/lib/auth/roles';

/** The staff list as the admin screen shows it: no password data, no sessions. */
export async function listStaff(actor: StaffContext) {
  assertCan(actor, 'staff:manage');
  const rows = await db.staffUser.findMany({
    orderBy: [{ active: 'desc' }, { name: 'asc' }],
    select: { id: true, name: true, email: true, roles: true, languages: true, locale: true, active: true, twoFactorEnabled: true },
  });
  return rows.map((row) => ({ ...row, roles: parseRoles(row.roles), languages: Array.isArray(row.languages) ? (row.languages as string[]) : [] }));
}

export async function getStaffMember(actor: StaffContext, id: string) {
  assertCan(actor, 'staff:manage');
  const row = await db.staffUser.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, roles: true, languages: true, locale: true, active: true, twoFactorEnabled: true },
  });
  return row ? { ...row, roles: parseRoles(row.roles), languages: Array.isArray(row.languages) ? (row.languages as string[]) : [] } : null;
}
