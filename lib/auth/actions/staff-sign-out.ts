'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { recordAudit } from '@/lib/audit/record';
import { currentStaff } from '../guards';
import { staffAuth } from '../staff';

/** Ends the session on the server (the token is deleted, not only the cookie). */
export async function signOutStaff() {
  const staff = await currentStaff();
  await staffAuth().api.signOut({ headers: await headers() });
  if (staff) await recordAudit({ actor: { type: 'staff', id: staff.id }, action: 'sign_out', entity: 'StaffUser', entityId: staff.id });
  redirect('/admin/sign-in');
}
