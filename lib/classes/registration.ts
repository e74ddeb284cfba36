import { koreanClassKind } from '@/lib/cases/kinds/korean-class';
import type { ServiceRegistration } from '@/lib/cases/registration';
import { expireOffers } from './waitlist';
import { runLotteries } from './lottery/draw';
import { waitlistPosition } from './waitlist-position';

/** Korean classes as the shared screens and the scheduler see them (docs/decisions/016). */
export const koreanClassService: ServiceRegistration = {
  kind: koreanClassKind,
  // Loaded when a case page renders, so the scheduler and scripts never load React components.
  staffPanel: () => import('@/components/admin/classes/EnrolmentCasePanel').then((m) => m.EnrolmentCasePanel),
  async residentSummaries(db, caseIds) {
    const enrolments = await db.classEnrolment.findMany({
      where: { caseId: { in: caseIds } },
      select: { id: true, caseId: true, sectionId: true, status: true, joinedAt: true, offerExpiresAt: true },
    });
    const out = new Map<string, { managePath: string; waitlistPosition?: number; offerExpiresAt?: Date }>();
    for (const e of enrolments) {
      out.set(e.caseId, {
        managePath: `/classes/${e.sectionId}`,
        ...(e.status === 'WAITING' ? { waitlistPosition: await waitlistPosition(db, e) } : {}),
        ...(e.status === 'OFFERED' && e.offerExpiresAt ? { offerExpiresAt: e.offerExpiresAt } : {}),
      });
    }
    return out;
  },
  // Every five minutes: an offer lapses within minutes of its expiry and passes to the next person.
  // Every five minutes too: a list is frozen within minutes of the close and drawn at the next run.
  jobs: [
    { name: 'class-offer-expiry', everyMinutes: 5, run: (database, now) => expireOffers(database, now) },
    { name: 'class-lottery', everyMinutes: 5, run: (database, now) => runLotteries(database, now) },
  ],
};
