import type { Db } from '@/lib/db/client';
import type { StaffContext } from '@/lib/auth/guards';
import { permissionsOf, type Role } from '@/lib/auth/roles';
import { buildStaffUser } from '@/prisma/builders';

/** A staff member with these roles, signed in with a second factor, as the action pipeline hands them to the data layer. */
export async function staffWith(db: Db, roles: Role[]): Promise<StaffContext> {
  const row = await db.staffUser.create({ data: buildStaffUser({ roles }) });
  return { id: row.id, name: row.name, email: row.email, roles, permissions: permissionsOf(roles), languages: [], locale: 'en', twoFactorEnabled: true };
}
