import 'server-only';
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external';
import { permissionsOf, roles, type Permission, type Role } from '@/lib/staff/roles';

/**
 * What a refused request was missing, for the 403 page to name. That page (app/forbidden.tsx) is
 * part of every route's tree and must not read cookies or headers, and Next renders it in a
 * render of its own after the page threw, so neither props nor React's cache reach it. Next's
 * per-request work store does: the guard notes the refusal against it, the page reads it back.
 * Outside a request (prerendering) there is nothing to read, and the page says it generally.
 */
export type Refusal = { permission: Permission; roles: Role[]; canGrant: boolean };

const refusals = new WeakMap<object, Refusal>();

/** The roles that include a permission, in the order they are offered on the staff form. */
export const rolesWith = (permission: Permission): Role[] => roles.filter((role) => permissionsOf([role]).has(permission));

export function rememberRefusal(permission: Permission, canGrant: boolean) {
  const store = workAsyncStorage.getStore();
  if (store) refusals.set(store, { permission, roles: rolesWith(permission), canGrant });
}

export function refusalOfThisRequest(): Refusal | null {
  const store = workAsyncStorage.getStore();
  return (store && refusals.get(store)) ?? null;
}
