import { consultationKind } from '@/lib/cases/kinds/consultation';
import type { ServiceRegistration } from '@/lib/cases/registration';
import { queueDueReminders } from './reminders';
import { materialiseSlots } from './slots';
import { manageToken } from './tokens';

/** Consultations as the shared screens and the scheduler see them. */
export const consultationService: ServiceRegistration = {
  kind: consultationKind,
  // Loaded when a case page renders, so the scheduler and scripts never load React components.
  staffPanel: () => import('@/components/admin/consultations/ConsultationCasePanel').then((m) => m.ConsultationCasePanel),
  async residentSummaries(db, caseIds) {
    const bookings = await db.consultationBooking.findMany({ where: { caseId: { in: caseIds } }, select: { id: true, caseId: true, linkVersion: true, startsAt: true } });
    return new Map(bookings.map((b) => [b.caseId, { appointment: { startsAt: b.startsAt }, managePath: `/consultations/manage/${manageToken(b)}` }]));
  },
  jobs: [
    { name: 'consultation-reminders', everyMinutes: 15, run: (database, now) => queueDueReminders(database, now) },
    // Slots for the booking horizon; hourly so a new day's slots exist from early morning.
    { name: 'consultation-slots', everyMinutes: 60, run: (database, now) => materialiseSlots(database, { now }) },
  ],
};
