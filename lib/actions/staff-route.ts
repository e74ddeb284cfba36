import 'server-only';
import { currentStaff, can, type StaffContext } from '@/lib/auth/guards';
import { recordAudit } from '@/lib/audit/record';
import type { Permission } from '@/lib/auth/roles';

/** Whether a POST comes from a page of this site: no Origin, or Origin "null", is refused too. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host === request.headers.get('host');
  } catch {
    return false;
  }
}

/**
 * The staff action pipeline for route handlers (downloads that a server action cannot send):
 * same origin → session with second factor → every permission named → the handler. Refusals
 * answer 403/401 without detail and are audited like those of actions.
 */
export function staffRoute(spec: { permissions: readonly Permission[]; entity: string }, handler: (request: Request, actor: StaffContext) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    if (!sameOrigin(request)) return new Response('Forbidden', { status: 403 });
    const actor = await currentStaff();
    if (!actor?.twoFactorEnabled) return new Response('Unauthorized', { status: 401 });
    if (!spec.permissions.every((permission) => can(actor, permission))) {
      await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'access_denied', entity: spec.entity, detail: { route: new URL(request.url).pathname } });
      return new Response('Forbidden', { status: 403 });
    }
    return handler(request, actor);
  };
}
