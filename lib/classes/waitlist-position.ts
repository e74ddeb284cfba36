import type { Db } from '@/lib/db/client';

/**
 * A waiting person's place in the queue, from 1: the order is the time of joining, and for the
 * same instant the enrolment's id (a stated, stable tie-break; docs/decisions/016).
 */
export async function waitlistPosition(db: Pick<Db, 'classEnrolment'>, enrolment: { id: string; sectionId: string; joinedAt: Date }) {
  const ahead = await db.classEnrolment.count({
    where: { sectionId: enrolment.sectionId, status: 'WAITING', OR: [{ joinedAt: { lt: enrolment.joinedAt } }, { joinedAt: enrolment.joinedAt, id: { lt: enrolment.id } }] },
  });
  return ahead + 1;
}

/** The order of a section's waitlist, for queries that take the first. */
export const waitlistOrder = [{ joinedAt: 'asc' as const }, { id: 'asc' as const }];
