import 'server-only';
import { db } from '@/lib/db';
import type { StaffContext } from '@/lib/auth/guards';
import { withRetries } from '@/lib/db/retry';
import { requiredText } from '@/lib/forms/fields';
import { refused, invalid, type DataResult } from '@/lib/forms/result';
import { z } from 'zod';
import { findCaseFor } from './access';

/**
 * What staff do to any case, whatever its kind: an internal note, an assignment, a transfer that
 * the colleague accepts or declines. Each checks the core's access rule for a change first.
 */
export type CaseWorkRefusal = 'caseNotFound' | 'notStaff' | 'noTransfer' | 'sameAssignee' | 'alreadyTaken';
type Result = DataResult<{ caseId: string }, CaseWorkRefusal>;

const noteSchema = z.object({ note: requiredText(4000) });

export async function addNote(actor: StaffContext, caseId: string, input: { note: string }, now = new Date()): Promise<Result> {
  const parsed = noteSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const found = await findCaseFor(actor, caseId, 'update');
  if (!found) return refused('caseNotFound');
  await withRetries(() =>
    db.$transaction([
      db.caseEvent.create({ data: { caseId, type: 'note', actorId: actor.id, note: parsed.data.note, createdAt: now } }),
      db.case.update({ where: { id: caseId }, data: { updatedAt: now } }),
    ]),
  );
  return { ok: true, caseId };
}

async function activeStaff(id: string) {
  return db.staffUser.findFirst({ where: { id, active: true }, select: { id: true, name: true } });
}

/**
 * Assigns the case. A supervisor (update:any) assigns directly; anyone else offers it, and it
 * stays theirs until the colleague accepts, so no case is dropped between two people.
 */
export async function assignCase(actor: StaffContext, caseId: string, assigneeId: string, now = new Date()): Promise<Result> {
  const found = await findCaseFor(actor, caseId, 'update');
  if (!found) return refused('caseNotFound');
  const target = await activeStaff(assigneeId);
  if (!target) return refused('notStaff');
  if (found.assigneeId === target.id) return refused('sameAssignee');
  const direct = actor.permissions.has('case:update:any') || target.id === actor.id;
  await withRetries(() =>
    db.$transaction([
      db.case.update({ where: { id: caseId }, data: direct ? { assigneeId: target.id, pendingAssigneeId: null, updatedAt: now } : { pendingAssigneeId: target.id, updatedAt: now } }),
      db.caseEvent.create({ data: { caseId, type: direct ? 'assigned' : 'transfer_offered', actorId: actor.id, data: { to: target.id, toName: target.name }, createdAt: now } }),
    ]),
  );
  return { ok: true, caseId };
}

/**
 * The actor takes the case for themselves: a supervisor from anyone (an assignment), someone with
 * `case:take:unassigned` only from the pool. Conditional on nobody having it, so two people taking
 * the same case at once give it to one; the other is told it was taken.
 */
export async function takeCase(actor: StaffContext, caseId: string, now = new Date()): Promise<Result> {
  if (actor.permissions.has('case:update:any')) return assignCase(actor, caseId, actor.id, now);
  if (!actor.permissions.has('case:take:unassigned')) return refused('caseNotFound');
  const found = await findCaseFor(actor, caseId, 'read');
  if (!found) return refused('caseNotFound');
  const taken = await withRetries(() =>
    db.$transaction(async (tx) => {
      const moved = await tx.case.updateMany({ where: { id: caseId, assigneeId: null }, data: { assigneeId: actor.id, pendingAssigneeId: null, updatedAt: now } });
      if (moved.count !== 1) return false;
      await tx.caseEvent.create({ data: { caseId, type: 'assigned', actorId: actor.id, data: { to: actor.id, toName: actor.name }, createdAt: now } });
      return true;
    }),
  );
  return taken ? { ok: true, caseId } : refused('alreadyTaken');
}

/** The colleague offered a case takes it, or hands it back. */
export async function answerTransfer(actor: StaffContext, caseId: string, accept: boolean, now = new Date()): Promise<Result> {
  const offered = await db.case.findFirst({ where: { id: caseId, pendingAssigneeId: actor.id }, select: { id: true } });
  if (!offered) return refused('noTransfer');
  await withRetries(() =>
    db.$transaction([
      db.case.update({ where: { id: caseId }, data: accept ? { assigneeId: actor.id, pendingAssigneeId: null, updatedAt: now } : { pendingAssigneeId: null, updatedAt: now } }),
      db.caseEvent.create({ data: { caseId, type: accept ? 'transfer_accepted' : 'transfer_declined', actorId: actor.id, createdAt: now } }),
    ]),
  );
  return { ok: true, caseId };
}
