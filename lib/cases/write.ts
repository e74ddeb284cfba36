import type { Db } from '@/lib/db/client';
import { makeCaseReference } from './reference';
import { coreEvents, type CaseKind, type CoreEvent } from './define';

/**
 * The only code that writes Case and CaseEvent (a test scans for others). Services call these
 * inside their own transactions, so a case never changes without its service record and its
 * timeline, nor the reverse. Every write is checked against the kind's declaration.
 */
export type CaseTx = Pick<Db, 'case' | 'caseEvent'>;

/** Who acted: a staff member (named on the timeline), the resident online, or the portal itself. */
export type CaseActor = { type: 'staff'; id: string } | { type: 'resident' } | { type: 'system' };

export class CaseRuleBroken extends Error {
  constructor(
    readonly reason: 'wrong_kind' | 'unknown_status' | 'transition_not_allowed' | 'unknown_event' | 'changed_meanwhile' | 'missing',
    message: string,
  ) {
    super(message);
    this.name = 'CaseRuleBroken';
  }
}

const actorId = (actor: CaseActor) => (actor.type === 'staff' ? actor.id : null);
const json = (data: Record<string, unknown> | undefined) => (data ? JSON.parse(JSON.stringify(data)) : undefined);

function assertEvent<E extends string>(kind: CaseKind<string, E>, event: string): asserts event is E | CoreEvent {
  if (!(kind.events as readonly string[]).includes(event) && !(coreEvents as readonly string[]).includes(event)) {
    throw new CaseRuleBroken('unknown_event', `${kind.kind} has no event "${event}"`);
  }
}

export type OpenCase<S extends string, E extends string> = {
  residentId: string;
  locale: string;
  status: S;
  event: E;
  actor: CaseActor;
  serviceId?: string | null;
  assigneeId?: string | null;
  data?: Record<string, unknown>;
  at?: Date;
} & CaseFacets;

/**
 * What the staff queue filters and shows besides status and assignee (docs/decisions/017): the
 * language the resident is served in (their locale when not given), whether an interpreter is
 * needed, the centre, and the next deadline. Each service sets its own; closing clears dueAt.
 */
export type CaseFacets = { language?: string | null; interpreterNeeded?: boolean; centerId?: string | null; dueAt?: Date | null };

/** A new case of this kind with its first event. */
export async function openCase<S extends string, E extends string>(tx: CaseTx, kind: CaseKind<S, E>, input: OpenCase<S, E>) {
  if (!(kind.initial as readonly string[]).includes(input.status)) throw new CaseRuleBroken('unknown_status', `${kind.kind} cannot open in ${input.status}`);
  assertEvent(kind, input.event);
  const at = input.at ?? new Date();
  const created = await tx.case.create({
    data: {
      reference: makeCaseReference(kind.kind),
      kind: kind.kind,
      status: input.status,
      locale: input.locale,
      residentId: input.residentId,
      serviceId: input.serviceId ?? null,
      assigneeId: input.assigneeId ?? null,
      language: input.language ?? input.locale,
      interpreterNeeded: input.interpreterNeeded ?? false,
      centerId: input.centerId ?? null,
      dueAt: input.dueAt ?? null,
      createdAt: at,
    },
    select: { id: true, reference: true, residentId: true },
  });
  await tx.caseEvent.create({ data: { caseId: created.id, type: input.event, toStatus: input.status, actorId: actorId(input.actor), data: json(input.data), createdAt: at } });
  return created;
}

export type Transition<S extends string, E extends string> = {
  to: S;
  event: E;
  actor: CaseActor;
  note?: string | null;
  data?: Record<string, unknown>;
  at?: Date;
};

/**
 * Moves a case to another status of its kind, with the event that says why. Refused when the
 * kind does not allow the move from the case's current status. The update is conditional on the
 * status read, so two staff members acting at once apply it once: the second is refused.
 */
export async function transition<S extends string, E extends string>(tx: CaseTx, kind: CaseKind<S, E>, caseId: string, change: Transition<S, E>) {
  assertEvent(kind, change.event);
  const current = await tx.case.findUnique({ where: { id: caseId }, select: { kind: true, status: true } });
  if (!current) throw new CaseRuleBroken('missing', `no case ${caseId}`);
  if (current.kind !== kind.kind) throw new CaseRuleBroken('wrong_kind', `case ${caseId} is ${current.kind}, not ${kind.kind}`);
  const from = current.status as S;
  const allowed = (kind.transitions[from] ?? []) as readonly string[];
  if (!allowed.includes(change.to)) throw new CaseRuleBroken('transition_not_allowed', `${kind.kind}: ${from} → ${change.to} is not allowed`);
  const at = change.at ?? new Date();
  const closes = (kind.closed as readonly string[]).includes(change.to);
  const moved = await tx.case.updateMany({ where: { id: caseId, status: from }, data: { status: change.to, closedAt: closes ? at : null, ...(closes ? { dueAt: null } : {}) } });
  if (moved.count !== 1) throw new CaseRuleBroken('changed_meanwhile', `case ${caseId} changed meanwhile`);
  await tx.caseEvent.create({
    data: { caseId, type: change.event, fromStatus: from, toStatus: change.to, actorId: actorId(change.actor), note: change.note ?? null, data: json(change.data), createdAt: at },
  });
}

export type Happening<E extends string> = { event: E | CoreEvent; actor: CaseActor; note?: string | null; data?: Record<string, unknown>; at?: Date };

/** An event that does not change the status (a check-in, a reschedule, a reminder sent). */
export async function recordEvent<E extends string>(tx: CaseTx, kind: CaseKind<string, E>, caseId: string, happening: Happening<E>) {
  assertEvent(kind, happening.event);
  const current = await tx.case.findUnique({ where: { id: caseId }, select: { kind: true } });
  if (!current) throw new CaseRuleBroken('missing', `no case ${caseId}`);
  if (current.kind !== kind.kind) throw new CaseRuleBroken('wrong_kind', `case ${caseId} is ${current.kind}, not ${kind.kind}`);
  await tx.caseEvent.create({
    data: { caseId, type: happening.event, actorId: actorId(happening.actor), note: happening.note ?? null, data: json(happening.data), createdAt: happening.at ?? new Date() },
  });
  await tx.case.update({ where: { id: caseId }, data: { updatedAt: happening.at ?? new Date() } });
}

/** Who works the case now, set by the service itself (a booking's counsellor, a reschedule to another). */
export async function setAssignee(tx: CaseTx, caseId: string, assigneeId: string | null) {
  await tx.case.update({ where: { id: caseId }, data: { assigneeId, pendingAssigneeId: null } });
}

/** The service updates what the queue shows of its case (a reschedule moves the deadline and perhaps the centre). */
export async function setCaseFacets(tx: CaseTx, caseId: string, facets: CaseFacets) {
  const data = Object.fromEntries(Object.entries(facets).filter(([, value]) => value !== undefined));
  if (Object.keys(data).length > 0) await tx.case.update({ where: { id: caseId }, data });
}
