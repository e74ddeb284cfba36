import type { Db } from '@/lib/db/client';
import { transition } from '@/lib/cases/write';
import { emergencySupportKind } from '@/lib/cases/kinds/emergency-support';
import { recordAudit } from '@/lib/audit/record';
import { refused, type DataResult } from '@/lib/forms/result';

/** The statuses a resident may still withdraw from: every one the kind allows a move to WITHDRAWN. */
export const withdrawableStatuses = (Object.entries(emergencySupportKind.transitions) as [string, readonly string[]][]).filter(([, to]) => to.includes('WITHDRAWN')).map(([from]) => from);

/**
 * The resident's own application, if it can still be withdrawn (before a decision): for the
 * confirmation page. Another resident's case, or a decided one, is null.
 */
export async function withdrawableCase(db: Pick<Db, 'case'>, residentId: string, caseId: string) {
  if (typeof caseId !== 'string' || caseId.length === 0 || caseId.length > 64) return null;
  return db.case.findFirst({
    where: { id: caseId, residentId, kind: 'EMERGENCY_SUPPORT', status: { in: withdrawableStatuses } },
    select: { id: true, reference: true, status: true },
  });
}

/**
 * The resident withdraws their application before a decision: the case moves to WITHDRAWN
 * through the core (its timeline says so; staff see it on the case page and in the queue, where
 * a closed case leaves the open work), an open request for more information is closed, and the
 * change is audited. The owner check is here, in the data layer: a made-up or another
 * resident's case id is refused and audited. Two clicks at once withdraw it once (the core's
 * move is conditional on the status it read).
 */
export async function withdrawApplication(db: Db, residentId: string, caseId: string, now = new Date()): Promise<DataResult<{ reference: string }, 'not_withdrawable'>> {
  const own = await withdrawableCase(db, residentId, caseId);
  if (!own) {
    await recordAudit({
      actor: { type: 'resident', id: residentId },
      action: 'access_denied',
      entity: 'Case',
      entityId: String(caseId).slice(0, 64) || undefined,
      residentId,
      detail: { move: 'withdraw' },
    });
    return refused('not_withdrawable');
  }
  try {
    await db.$transaction(async (tx) => {
      await transition(tx, emergencySupportKind, own.id, { to: 'WITHDRAWN', event: 'withdrawn', actor: { type: 'resident' }, at: now });
      await tx.supportInfoRequest.updateMany({ where: { caseId: own.id, answeredAt: null }, data: { answeredAt: now } });
    });
  } catch (error) {
    // Decided or withdrawn meanwhile (another tab, a caseworker's decision): nothing was written.
    if (error instanceof Error && error.name === 'CaseRuleBroken') return refused('not_withdrawable');
    throw error;
  }
  await recordAudit({ actor: { type: 'resident', id: residentId }, action: 'change', entity: 'Case', entityId: own.id, residentId, detail: { move: 'withdraw' } });
  return { ok: true, reference: own.reference };
}
