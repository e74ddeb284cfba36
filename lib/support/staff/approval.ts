import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import type { StaffContext } from '@/lib/auth/guards';
import { recordEvent } from '@/lib/cases/write';
import { emergencySupportKind } from '@/lib/cases/kinds/emergency-support';
import { recordAudit } from '@/lib/audit/record';
import { invalid, refused, type DataResult } from '@/lib/forms/result';
import { supportApprovalAbove } from '@/lib/env';
import { caseWhereFor } from '@/lib/cases/access';
import { actorOf, writeDecision } from './work';
import { makeLettersOfCase } from '../letters/queue';

/**
 * Grants above this many won wait for a second person with `support:approve`
 * (SUPPORT_APPROVAL_ABOVE, whole won; by default 3,000,000, the largest regular payment of the
 * 2026 rules, so a caseworker decides regular grants and a supervisor approves exceptional ones;
 * `none`: no grant waits). Parsed by the same schema that validates the environment at start.
 */
export function approvalThreshold(env: Record<string, string | undefined> = process.env): number | null {
  const parsed = supportApprovalAbove.safeParse(env.SUPPORT_APPROVAL_ABOVE);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'SUPPORT_APPROVAL_ABOVE must be a whole number of won, or none');
  return parsed.data;
}

const decisionEvents = ['approval_requested', 'approval_declined', 'approved', 'rejected'];

/** The grant waiting for approval on this case: the last decision event is a request no one has answered. */
export async function pendingApproval(db: Pick<Db, 'caseEvent'>, caseId: string) {
  const last = await db.caseEvent.findFirst({ where: { caseId, type: { in: decisionEvents } }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  if (!last || last.type !== 'approval_requested') return null;
  const data = (last.data ?? {}) as { amount?: number; ruleVersion?: string | null };
  return { eventId: last.id, proposerId: last.actorId, amount: Number(data.amount), note: last.note, requestedAt: last.createdAt };
}

export const approvalAnswerSchema = z.object({
  answer: z.enum(['approve', 'decline'], 'choose'),
  note: z.string().trim().max(2000, 'tooLong').default(''),
});

export type WaitingApproval = { amount: number; proposedBy: string | null; proposedAt: Date; note: string | null; mayAnswer: boolean };

/**
 * The grant waiting on this case as the staff panel shows it (the caller has checked the case's
 * access): the proposer's name, and whether this person may answer it (support:approve, and not
 * the proposer).
 */
export async function waitingApproval(db: Pick<Db, 'caseEvent' | 'staffUser'>, staff: StaffContext, caseId: string): Promise<WaitingApproval | null> {
  const pending = await pendingApproval(db, caseId);
  if (!pending) return null;
  const proposer = pending.proposerId ? await db.staffUser.findUnique({ where: { id: pending.proposerId }, select: { name: true } }) : null;
  return {
    amount: pending.amount,
    proposedBy: proposer?.name ?? null,
    proposedAt: pending.requestedAt,
    note: pending.note,
    mayAnswer: staff.permissions.has('support:approve') && pending.proposerId !== staff.id,
  };
}

type AnswerRefusal = 'not_allowed' | 'noPermission' | 'nothing_to_approve' | 'own_proposal';

/**
 * A supervisor answers a grant waiting for approval: approved, the case becomes APPROVED with the
 * proposed amount (the event names both people); declined, the proposal ends on the timeline and
 * the case is decided again. Whoever proposed it cannot answer it, whatever their roles. The
 * permission and the case's access rule are checked here, whoever calls: a form posted by
 * someone without `support:approve`, or about a case they may not change, changes nothing.
 */
export async function answerApproval(db: Db, staff: StaffContext, caseId: string, input: unknown, now = new Date()): Promise<DataResult<{ answer: 'approve' | 'decline' }, AnswerRefusal>> {
  if (!staff.permissions.has('support:approve')) return refused('noPermission', { permission: 'support:approve' });
  const parsed = approvalAnswerSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { answer } = parsed.data;
  const note = parsed.data.note || null;
  const current = await supportCaseToChange(db, staff, caseId);
  const app = current ? await db.supportApplication.findUnique({ where: { caseId }, select: { id: true, residentId: true, ruleSetId: true } }) : null;
  // Not found and not theirs read the same (no status): the form says "not yours or gone".
  if (!current || !app) return refused('not_allowed');
  const pending = await pendingApproval(db, caseId);
  if (!pending) return refused('nothing_to_approve');
  if (pending.proposerId === staff.id) return refused('own_proposal');
  // Withdrawn (or asked for more) while it waited: the kind allows no decision from there.
  if (!decidableStatuses.includes(current.status)) return refused('not_allowed', { status: current.status });
  const version = app.ruleSetId ? await db.supportRuleSet.findUnique({ where: { id: app.ruleSetId }, select: { id: true, version: true } }) : null;
  const answered = await db.$transaction(async (tx) => {
    // Answered once: a second answer (another supervisor, a double click) finds the request no
    // longer the last decision event and writes nothing.
    const still = await pendingApproval(tx, caseId);
    if (still?.eventId !== pending.eventId) return false;
    if (answer === 'approve') {
      // The proposer's explanation stays the decision's (it is written for the applicant); the
      // approver's note is for staff, on the same event.
      await writeDecision(tx, staff, { caseId, applicationId: app.id, version }, { outcome: 'approve', amount: pending.amount, note: pending.note }, now, {
        proposedBy: pending.proposerId,
        approvedBy: staff.id,
        ...(note ? { approvalNote: note } : {}),
      });
    } else {
      await recordEvent(tx, emergencySupportKind, caseId, { event: 'approval_declined', actor: actorOf(staff), note, data: { amount: pending.amount, proposedBy: pending.proposerId }, at: now });
    }
    return true;
  });
  if (!answered) return refused('nothing_to_approve');
  if (answer === 'approve') await makeLettersOfCase(db, caseId, now);
  await recordAudit({
    actor: actorOf(staff),
    action: 'change',
    entity: 'SupportApplication',
    entityId: app.id,
    residentId: app.residentId,
    detail: { decision: answer === 'approve' ? 'approval_given' : 'approval_declined' },
  });
  return { ok: true, answer };
}

export const decidableStatuses: readonly string[] = ['SUBMITTED', 'IN_REVIEW'];

/** The support case when the core's access rule lets this person change it; null otherwise (or not support). */
export async function supportCaseToChange(db: Pick<Db, 'case'>, staff: StaffContext, caseId: string) {
  if (typeof caseId !== 'string' || caseId.length === 0 || caseId.length > 64) return null;
  return db.case.findFirst({ where: { AND: [{ id: caseId, kind: 'EMERGENCY_SUPPORT' }, caseWhereFor(staff, 'update')] }, select: { id: true, status: true, residentId: true } });
}
