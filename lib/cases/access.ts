import 'server-only';
import { db } from '@/lib/db';
import type { StaffContext } from '@/lib/auth/guards';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import type { ServiceKind } from '@/lib/db/generated/sqlite/enums';

export type CaseAction = 'read' | 'update';

/**
 * The one access rule for cases, as a `where` (model: Documenso's getEnvelopeWhereInput), used by
 * every page, list, count, export and action that touches a case, so they cannot disagree.
 * `case:<action>:any` sees every case. `case:<action>:assigned` sees the cases assigned to the
 * person (a booking assigns its counsellor; a reschedule moves it to the new one) and, to read
 * it before accepting, a case offered to them. Anyone else sees none. Ownership is decided from
 * the record, never from what a form or URL says (docs/decisions/010).
 */
const KINDS_ASSIGNED_BY_SUPERVISOR: ServiceKind[] = ['EMERGENCY_SUPPORT'];

export function caseWhereFor(actor: StaffContext, action: CaseAction): Prisma.CaseWhereInput {
  if (actor.permissions.has(`case:${action}:any`)) return {};
  const scopes: Prisma.CaseWhereInput[] = [];
  if (actor.permissions.has(`case:${action}:assigned`)) {
    scopes.push(...(action === 'read' ? [{ assigneeId: actor.id }, { pendingAssigneeId: actor.id }] : [{ assigneeId: actor.id }]));
  }
  // The unassigned pool, to read before taking a case (takeCase); changing it needs it taken first.
  // Emergency support applications hold health and identity data: a supervisor assigns them, so
  // they never sit in the pool every caseworker reads (decision 019).
  if (action === 'read' && actor.permissions.has('case:take:unassigned')) scopes.push({ assigneeId: null, kind: { notIn: KINDS_ASSIGNED_BY_SUPERVISOR } });
  // `case:<action>:kind:<KIND>`: every case of one kind (decision 016), read from the
  // permission itself so the core needs no list of services.
  const prefix = `case:${action}:kind:`;
  const kinds = [...actor.permissions].filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length) as ServiceKind);
  if (kinds.length > 0) scopes.push({ kind: { in: kinds } });
  // Matches nothing, on both databases, without a special case in every caller.
  return scopes.length > 0 ? { OR: scopes } : { id: { in: [] } };
}

/** The case with this id when the rule allows the action; null when it does not exist or is not the actor's. */
export async function findCaseFor(actor: StaffContext, caseId: string, action: CaseAction) {
  if (typeof caseId !== 'string' || caseId.length === 0 || caseId.length > 64) return null;
  return db.case.findFirst({ where: { AND: [{ id: caseId }, caseWhereFor(actor, action)] }, select: { id: true, kind: true, status: true, residentId: true, assigneeId: true } });
}

/** Whether a case exists at all: only to tell "not yours" (403, audited) from "no such case" (404). */
export async function caseExists(caseId: string) {
  if (typeof caseId !== 'string' || caseId.length === 0 || caseId.length > 64) return false;
  return (await db.case.count({ where: { id: caseId } })) > 0;
}
