import 'server-only';
import { db } from '@/lib/db';
import type { ResidentContext } from '@/lib/auth/guards';
import { waitlistPosition } from './waitlist-position';

/**
 * The signed-in resident's active place in a section (enrolled, offered, waiting or applied for the draw), as their
 * section page shows it. Only their own: the resident id comes from the session, never the form.
 */
export async function myPlaceIn(resident: ResidentContext, sectionId: string) {
  const row = await db.classEnrolment.findFirst({
    where: { sectionId, residentId: resident.id, status: { in: ['APPLIED', 'WAITING', 'OFFERED', 'ENROLLED'] } },
    select: { id: true, status: true, sectionId: true, joinedAt: true, offerExpiresAt: true },
  });
  if (!row) return null;
  return {
    id: row.id,
    status: row.status as 'APPLIED' | 'WAITING' | 'OFFERED' | 'ENROLLED',
    offerExpiresAt: row.offerExpiresAt,
    position: row.status === 'WAITING' ? await waitlistPosition(db, row) : null,
  };
}

/** One of the resident's enrolments, for its confirmation page. */
export async function myEnrolment(resident: ResidentContext, enrolmentId: string) {
  if (typeof enrolmentId !== 'string' || enrolmentId.length > 64) return null;
  const row = await db.classEnrolment.findFirst({
    where: { id: enrolmentId, residentId: resident.id },
    select: { id: true, status: true, sectionId: true, joinedAt: true, case: { select: { reference: true } } },
  });
  if (!row) return null;
  return { id: row.id, status: row.status, sectionId: row.sectionId, reference: row.case.reference, position: row.status === 'WAITING' ? await waitlistPosition(db, row) : null };
}
