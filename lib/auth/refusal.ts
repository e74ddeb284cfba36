import { permissionsOf, roles, type Permission, type Role } from '@/lib/auth/roles';

/** The roles that include a permission, in the order the staff form offers them: what a refusal names. */
export const rolesWith = (permission: Permission): Role[] => roles.filter((role) => permissionsOf([role]).has(permission));
