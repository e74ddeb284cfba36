import 'server-only';
import { db } from '@/lib/db';
import type { StaffContext } from '@/lib/auth/guards';
import { caseWhereFor } from '../access';

export type OtherCase = { id: string; reference: string; kind: string; status: string; createdAt: Date; closedAt: Date | null };

/**
 * The resident's other cases, so nobody makes them tell their story again: only those the viewer
 * may read (the core's rule), newest first. Cases the viewer may not read are left out entirely,
 * not even counted: that a resident also has, say, an emergency-support case is itself personal.
 */
export async function otherCasesOf(actor: StaffContext, residentId: string, exceptCaseId: string): Promise<OtherCase[]> {
  return db.case.findMany({
    where: { AND: [{ residentId }, { id: { not: exceptCaseId } }, caseWhereFor(actor, 'read')] },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 50,
    select: { id: true, reference: true, kind: true, status: true, createdAt: true, closedAt: true },
  });
}
