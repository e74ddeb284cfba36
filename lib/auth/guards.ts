import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { db } from '@/lib/db';
import { parseRoles, permissionsOf, type Permission, type Role } from '@/lib/auth/roles';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { recordAudit } from '@/lib/audit/record';
import { staffAuth, STAFF_ABSOLUTE_SECONDS } from './staff';
import { residentAuth, RESIDENT_ABSOLUTE_SECONDS } from './resident';

/**
 * Guards that throw (redirect, 403), called at the top of every page, server action and route
 * handler that touches protected data, and again by the data layer's own checks. Never only in
 * proxy.ts. Each guard reads the session and the person from the database on every call, so a
 * disabled account or a removed role takes effect on the next request.
 */
export type StaffContext = {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  permissions: ReadonlySet<Permission>;
  languages: string[];
  locale: Locale;
  twoFactorEnabled: boolean;
};

export type ResidentContext = { id: string; email: string; name: string; preferredLocale: Locale };

const isExpired = (createdAt: Date, limitSeconds: number) => Date.now() - createdAt.getTime() > limitSeconds * 1000;

/**
 * The signed-in staff member, or null. Ends sessions past 12 hours and of disabled accounts.
 * Once per request (React cache): the layout and the page both ask, and each lookup also slides
 * the session's idle expiry in the database.
 */
export const currentStaff = cache(async function currentStaff(): Promise<StaffContext | null> {
  const session = await staffAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  if (isExpired(new Date(session.session.createdAt), STAFF_ABSOLUTE_SECONDS)) {
    await db.staffSession.deleteMany({ where: { id: session.session.id } });
    return null;
  }
  const staff = await db.staffUser.findUnique({
    where: { id: session.user.id },
    select: { id: true, name: true, email: true, roles: true, languages: true, locale: true, active: true, twoFactorEnabled: true },
  });
  if (!staff || !staff.active) {
    await db.staffSession.deleteMany({ where: { userId: session.user.id } });
    return null;
  }
  const roles = parseRoles(staff.roles);
  return {
    id: staff.id,
    name: staff.name,
    email: staff.email,
    roles,
    permissions: permissionsOf(roles),
    languages: Array.isArray(staff.languages) ? (staff.languages as string[]) : [],
    locale: isLocale(staff.locale) ? staff.locale : 'ko',
    twoFactorEnabled: staff.twoFactorEnabled,
  };
});

/** A signed-in staff member who has enrolled their second factor; otherwise to sign-in or enrolment. */
export async function requireStaff(options: { allowWithoutSecondFactor?: boolean } = {}): Promise<StaffContext> {
  const staff = await currentStaff();
  if (!staff) redirect('/admin/sign-in');
  if (!staff.twoFactorEnabled && !options.allowWithoutSecondFactor) redirect('/admin/security');
  return staff;
}

export function can(staff: StaffContext, permission: Permission): boolean {
  return staff.permissions.has(permission);
}

/** Refuses (403) and logs a staff member without the permission. */
export async function requirePermission(permission: Permission): Promise<StaffContext> {
  const staff = await requireStaff();
  if (!can(staff, permission)) {
    await recordAudit({ actor: { type: 'staff', id: staff.id }, action: 'access_denied', entity: 'Permission', entityId: permission });
    forbidden();
  }
  return staff;
}

/** For the data layer: throws unless the caller holds the permission. */
export class AccessDenied extends Error {
  constructor(permission: Permission) {
    super(`Missing permission ${permission}`);
    this.name = 'AccessDenied';
  }
}
export function assertCan(staff: StaffContext, permission: Permission) {
  if (!can(staff, permission)) throw new AccessDenied(permission);
}

/** The signed-in resident, or null; once per request, like currentStaff. */
export const currentResident = cache(async function currentResident(): Promise<ResidentContext | null> {
  const session = await residentAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  if (isExpired(new Date(session.session.createdAt), RESIDENT_ABSOLUTE_SECONDS)) {
    await db.residentSession.deleteMany({ where: { id: session.session.id } });
    return null;
  }
  const resident = await db.resident.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, name: true, preferredLocale: true },
  });
  if (!resident?.email) return null;
  return { ...resident, email: resident.email, preferredLocale: isLocale(resident.preferredLocale) ? resident.preferredLocale : 'ko' };
});

/** A signed-in resident; otherwise to the sign-in page of the given language. */
export async function requireResident(locale: Locale): Promise<ResidentContext> {
  const resident = await currentResident();
  if (!resident) redirect(`/${locale}/account/sign-in`);
  return resident;
}
