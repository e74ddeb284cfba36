/**
 * Roles are what an administrator assigns; permissions are what code checks. Permission strings
 * read `action:entity[:scope]` (Epic Stack ADR 028). A guard asks for a permission, never a role,
 * so a new role is a line here, not a change in every page.
 */
export const roles = ['administrator', 'counsellor', 'class_coordinator', 'editor', 'caseworker', 'supervisor'] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  'case:read:assigned',
  'case:read:any',
  'case:update:assigned',
  'case:update:any',
  // The cases of one kind, whoever they are assigned to: a class coordinator works every
  // enrolment (no one is assigned an enrolment), not a counsellor's consultations.
  'case:read:kind:KOREAN_CLASS',
  'case:update:kind:KOREAN_CLASS',
  // The pool of cases nobody works yet: read them and take one (docs/decisions/023).
  'case:take:unassigned',
  'pii:read',
  'support:decide',
  // A grant above SUPPORT_APPROVAL_ABOVE waits for a second person with this (lib/support/staff/approval.ts).
  'support:approve',
  'newsletter:publish',
  'newsletter:edit',
  // Notices and urgent alerts on every public page (a typhoon, a heatwave): editors write them,
  // supervisors publish a disaster message without waiting for one.
  'notices:publish',
  'classes:manage',
  'consultations:manage',
  'consultations:schedule',
  'audit:read',
  'staff:manage',
  'mail:read',
  'export:create',
  'templates:manage',
] as const;
export type Permission = (typeof permissions)[number];

const rolePermissions: Record<Role, readonly Permission[]> = {
  administrator: ['case:read:any', 'case:update:any', 'pii:read', 'audit:read', 'staff:manage', 'mail:read', 'export:create', 'templates:manage', 'consultations:manage', 'consultations:schedule'],
  supervisor: [
    'case:read:any',
    'case:update:any',
    'pii:read',
    'support:decide',
    'support:approve',
    'notices:publish',
    'audit:read',
    'mail:read',
    'export:create',
    'templates:manage',
    'consultations:manage',
    'consultations:schedule',
  ],
  // Export their own queue (decision 023): the rows are what caseWhereFor lets them read anyway.
  counsellor: ['case:read:assigned', 'case:update:assigned', 'pii:read', 'consultations:manage', 'export:create'],
  // Decides the support cases assigned to them up to SUPPORT_APPROVAL_ABOVE; above it a supervisor
  // approves (support:approve, never the proposer: decision 022).
  caseworker: ['case:read:assigned', 'case:update:assigned', 'case:take:unassigned', 'pii:read', 'support:decide', 'export:create'],
  class_coordinator: ['case:read:assigned', 'case:update:assigned', 'case:read:kind:KOREAN_CLASS', 'case:update:kind:KOREAN_CLASS', 'classes:manage'],
  editor: ['newsletter:edit', 'newsletter:publish', 'notices:publish'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

/** Roles stored as JSON; anything unknown is ignored rather than trusted. */
export function parseRoles(value: unknown): Role[] {
  return Array.isArray(value) ? value.filter(isRole) : [];
}

export function permissionsOf(userRoles: readonly Role[]): Set<Permission> {
  return new Set(userRoles.flatMap((role) => rolePermissions[role]));
}
