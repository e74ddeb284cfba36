import type { Db } from '@/lib/db/client';
import { z } from 'zod';
import { recordEvent, transition } from '@/lib/cases/write';
import { emergencySupportKind } from '@/lib/cases/kinds/emergency-support';
import { recordAudit } from '@/lib/audit/record';
import { invalid, refused, type DataResult } from '@/lib/forms/result';
import type { StaffContext } from '@/lib/auth/guards';
import { parseWhole } from '../numbers';
import { MAX_AMOUNT } from '../precheck/steps';
import { resumeClock } from '../info-request/work';
import { approvalThreshold, decidableStatuses, pendingApproval, supportCaseToChange } from './approval';
import { makeLettersOfCase, queueDecisionLetter } from '../letters/queue';

export const refusalReasons = ['not_eligible', 'income_over_limit', 'no_evidence', 'duplicate', 'other'] as const;

export const decisionSchema = z.discriminatedUnion(
  'outcome',
  [
    z.object({
      outcome: z.literal('approve'),
      amount: z.string().transform((v, ctx) => parseWhole(v, { max: MAX_AMOUNT }) ?? (ctx.addIssue({ code: 'custom', message: 'amount' }), z.NEVER)),
      note: z.string().trim().max(2000, 'tooLong').default(''),
    }),
    z.object({ outcome: z.literal('reject'), reason: z.enum(refusalReasons, 'choose'), note: z.string().trim().min(1, 'required').max(2000, 'tooLong') }),
  ],
  { error: 'choose' },
);

type CaseMove = 'review' | 'paid';

export const actorOf = (staff: StaffContext) => ({ type: 'staff' as const, id: staff.id });

/**
 * Starting the review (or resuming it when the answer came another way: the clock runs again),
 * recording the payment: moves of the kind, one transaction each. Asking for more is
 * info-request/work.ts.
 */
export async function moveSupportCase(db: Db, staff: StaffContext, caseId: string, move: CaseMove, note: string | null, now = new Date()): Promise<DataResult<object, 'not_allowed'>> {
  const current = await db.case.findUnique({ where: { id: caseId }, select: { status: true, residentId: true } });
  if (!current) return refused('not_allowed');
  const plan =
    move === 'review'
      ? { to: 'IN_REVIEW' as const, event: current.status === 'INFO_REQUESTED' ? ('info_received' as const) : ('review_started' as const) }
      : { to: 'PAID' as const, event: 'paid' as const };
  const allowed = (emergencySupportKind.transitions[current.status as 'SUBMITTED'] ?? []) as readonly string[];
  if (!allowed.includes(plan.to)) return refused('not_allowed', { status: current.status });
  await db.$transaction(async (tx) => {
    await transition(tx, emergencySupportKind, caseId, { ...plan, actor: actorOf(staff), note: note?.trim() || null, at: now });
    if (current.status === 'INFO_REQUESTED') await resumeClock(tx, caseId, { sealed: null }, now);
  });
  await recordAudit({ actor: actorOf(staff), action: 'change', entity: 'Case', entityId: caseId, residentId: current.residentId, detail: { move } });
  return { ok: true };
}

/**
 * The decision, by someone allowed to decide: approved with an amount, or refused with a reason
 * from the list and words for the resident. It records the rule version the application was
 * checked against (the one in force when it was submitted), on the case's event and the application.
 */
export async function decideSupportCase(
  db: Db,
  staff: StaffContext,
  caseId: string,
  input: unknown,
  now = new Date(),
  approvalAbove: number | null = approvalThreshold(),
): Promise<DataResult<{ awaitingApproval?: boolean }, 'not_allowed' | 'noPermission' | 'awaiting_approval'>> {
  // Checked here, whoever calls: a caseworker decides only the cases the core lets them change.
  if (!staff.permissions.has('support:decide')) return refused('noPermission', { permission: 'support:decide' });
  const parsed = decisionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const current = await supportCaseToChange(db, staff, caseId);
  const app = current ? await db.supportApplication.findUnique({ where: { caseId }, select: { id: true, residentId: true, ruleSetId: true } }) : null;
  if (!app || !current) return refused('not_allowed');
  if (!decidableStatuses.includes(current.status)) return refused('not_allowed', { status: current.status });
  if (await pendingApproval(db, caseId)) return refused('awaiting_approval');
  const version = app.ruleSetId ? await db.supportRuleSet.findUnique({ where: { id: app.ruleSetId }, select: { id: true, version: true } }) : null;
  const d = parsed.data;
  const decision: Decision = d.outcome === 'approve' ? { outcome: 'approve', amount: d.amount, note: d.note || null } : { outcome: 'reject', reason: d.reason, note: d.note || null };
  // Above the configured amount a grant is a proposal: another person with support:approve decides it.
  if (decision.outcome === 'approve' && approvalAbove !== null && decision.amount > approvalAbove) {
    await db.$transaction((tx) =>
      recordEvent(tx, emergencySupportKind, caseId, {
        event: 'approval_requested',
        actor: actorOf(staff),
        note: decision.note,
        data: { amount: decision.amount, approvalAbove, ruleVersion: version?.version ?? null },
        at: now,
      }),
    );
    await recordAudit({ actor: actorOf(staff), action: 'change', entity: 'SupportApplication', entityId: app.id, residentId: app.residentId, detail: { decision: 'approval_requested' } });
    return { ok: true, awaitingApproval: true };
  }
  await db.$transaction((tx) => writeDecision(tx, staff, { caseId, applicationId: app.id, version }, decision, now));
  await makeLettersOfCase(db, caseId, now);
  await recordAudit({
    actor: actorOf(staff),
    action: 'change',
    entity: 'SupportApplication',
    entityId: app.id,
    residentId: app.residentId,
    detail: { decision: d.outcome, ruleVersion: version?.version ?? null },
  });
  return { ok: true };
}

export type Decision = { outcome: 'approve'; amount: number; note: string | null } | { outcome: 'reject'; reason: string; note: string | null };

/**
 * The decision written: the case moved (conditional on its status, so a decision arriving
 * meanwhile fails the whole transaction), the amount or reason and the rule version on the event
 * and the application. `approvedBy` names the second person when a grant needed approval.
 */
export async function writeDecision(
  tx: Parameters<Parameters<Db['$transaction']>[0]>[0],
  staff: StaffContext,
  target: { caseId: string; applicationId: string; version: { id: string; version: string } | null },
  decision: Decision,
  now: Date,
  extra: Record<string, unknown> = {},
) {
  await transition(tx, emergencySupportKind, target.caseId, {
    to: decision.outcome === 'approve' ? 'APPROVED' : 'REJECTED',
    event: decision.outcome === 'approve' ? 'approved' : 'rejected',
    actor: actorOf(staff),
    note: decision.note,
    data: { ruleVersion: target.version?.version ?? null, ...(decision.outcome === 'approve' ? { amount: decision.amount } : { reason: decision.reason }), ...extra },
    at: now,
  });
  await tx.supportApplication.update({
    where: { id: target.applicationId },
    data: {
      decidedAmount: decision.outcome === 'approve' ? decision.amount : null,
      decisionReason: decision.outcome === 'reject' ? decision.reason : null,
      decisionRuleSetId: target.version?.id ?? null,
    },
  });
  // The letter is promised with the decision and made after the commit (lib/support/letters); it
  // reports the event just written (the transaction holds the case, so it is the newest decision).
  const [app, event] = await Promise.all([
    tx.supportApplication.findUniqueOrThrow({ where: { id: target.applicationId }, select: { locale: true } }),
    tx.caseEvent.findFirstOrThrow({ where: { caseId: target.caseId, type: { in: ['approved', 'rejected'] } }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true } }),
  ]);
  await queueDecisionLetter(tx, {
    caseId: target.caseId,
    applicationId: target.applicationId,
    eventId: event.id,
    outcome: decision.outcome === 'approve' ? 'approved' : 'refused',
    locale: app.locale,
    now,
  });
}
