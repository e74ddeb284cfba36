import 'server-only';
import { db } from '@/lib/db';
import { can, type StaffContext } from '@/lib/auth/guards';
import { findCaseFor } from '@/lib/cases/access';
import { unseal } from '../sealed';

/**
 * The requests for more on a case, for its page, through the core's access rule. The answer may
 * hold health details: only with `pii:read` (otherwise absent from the payload), like the
 * application's own health field.
 */
export async function infoRequestsFor(actor: StaffContext, caseId: string) {
  const found = await findCaseFor(actor, caseId, 'read');
  if (!found || found.kind !== 'EMERGENCY_SUPPORT') return [];
  const rows = await db.supportInfoRequest.findMany({
    where: { caseId },
    orderBy: { requestedAt: 'asc' },
    select: { id: true, request: true, dueAt: true, requestedAt: true, answeredAt: true, answerSealed: true },
  });
  const withPii = can(actor, 'pii:read');
  return rows.map(({ answerSealed, ...r }) => ({ ...r, ...(withPii ? { answer: answerSealed ? unseal(answerSealed) : null } : {}) }));
}
