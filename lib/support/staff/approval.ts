import type { Db } from '@/lib/db/client';
import type { StaffContext } from '@/lib/auth/guards';
import { recordEvent } from '@/lib/cases/write';
import { emergencySupportKind } from '@/lib/cases/kinds/emergency-support';
import { recordAudit } from '@/lib/audit/record';
import { refused, type DataResult } from '@/lib/forms/result';
import { actorOf, writeDecision } from './work';
import { makeLettersOfCase } from '../letters/queue';

/**
 * Grants above this many won wait for a second person with `support:approve`
 * (SUPPORT_APPROVAL_ABOVE, whole won, e.g. 3000000, the largest regular payment of the 2026 rules).
 * Unset, no grant waits: the staff screen that answers a waiting grant is not built yet
 * (decision 022), and a grant nobody can answer on screen would stay undecided.
 */
export function approvalThreshold(env: Record<string, string | undefined> = process.env): number | null {
  const raw = env.SUPPORT_APPROVAL_ABOVE?.trim();
  if (!raw) return null;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error('SUPPORT_APPROVAL_ABOVE must be a whole number of won');
  return value;
}

const decisionEvents = ['approval_requested', 'approval_declined', 'approved', 'rejected'];

/** The grant waiting for approval on this case: the last decision event is a request no one has answered. */
export async function pendingApproval(db: Pick<Db, 'caseEvent'>, caseId: string) {
  const last = await db.caseEvent.findFirst({ where: { caseId, type: { in: decisionEvents } }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  if (!last || last.type !== 'approval_requested') return null;
  const data = (last.data ?? {}) as { amount?: number; ruleVersion?: string | null };
  return { eventId: last.id, proposerId: last.actorId, amount: Number(data.amount), note: last.note, requestedAt: last.createdAt };
}

/**
 * A supervisor answers a grant waiting for approval: approved, the case becomes APPROVED with the
 * proposed amount (the event names both people); declined, the proposal ends on the timeline and
 * the case is decided again. Whoever proposed it cannot answer it, whatever their roles.
 */
export async function answerApproval(
  db: Db,
  staff: StaffContext,
  caseId: string,
  answer: 'approve' | 'decline',
  note: string | null = null,
  now = new Date(),
): Promise<DataResult<object, 'not_allowed' | 'no_permission' | 'nothing_to_approve' | 'own_proposal'>> {
  if (!staff.permissions.has('support:approve')) return refused('no_permission', { permission: 'support:approve' });
  const app = await db.supportApplication.findUnique({ where: { caseId }, select: { id: true, residentId: true, ruleSetId: true } });
  if (!app) return refused('not_allowed');
  const pending = await pendingApproval(db, caseId);
  if (!pending) return refused('nothing_to_approve');
  if (pending.proposerId === staff.id) return refused('own_proposal');
  const version = app.ruleSetId ? await db.supportRuleSet.findUnique({ where: { id: app.ruleSetId }, select: { id: true, version: true } }) : null;
  await db.$transaction(async (tx) => {
    // Answered once: a second answer finds the request no longer the last decision event.
    const still = await pendingApproval(tx, caseId);
    if (still?.eventId !== pending.eventId) throw new Error('approval answered meanwhile');
    if (answer === 'approve') {
      await writeDecision(tx, staff, { caseId, applicationId: app.id, version }, { outcome: 'approve', amount: pending.amount, note: note ?? pending.note }, now, {
        proposedBy: pending.proposerId,
        approvedBy: staff.id,
      });
    } else {
      await recordEvent(tx, emergencySupportKind, caseId, { event: 'approval_declined', actor: actorOf(staff), note, data: { amount: pending.amount, proposedBy: pending.proposerId }, at: now });
    }
  });
  if (answer === 'approve') await makeLettersOfCase(db, caseId, now);
  await recordAudit({
    actor: actorOf(staff),
    action: 'change',
    entity: 'SupportApplication',
    entityId: app.id,
    residentId: app.residentId,
    detail: { decision: answer === 'approve' ? 'approval_given' : 'approval_declined' },
  });
  return { ok: true };
}
