import { deleteExpiredDrafts } from '@/lib/consultations/drafts';
import { queueDueReminders } from '@/lib/consultations/reminders';
import { materialiseSlots } from '@/lib/consultations/slots';
import type { Job } from './scheduler';

const DAY_MS = 86_400_000;

/** The portal's periodic work. A new job is a line here (docs/decisions/008). */
export const jobs: readonly Job[] = [
  { name: 'consultation-reminders', everyMinutes: 15, run: (db, now) => queueDueReminders(db, now) },
  // Slots for the booking horizon; hourly so a new day's slots exist from early morning.
  { name: 'consultation-slots', everyMinutes: 60, run: (db, now) => materialiseSlots(db, { now }) },
  {
    name: 'cleanup',
    everyMinutes: 60,
    async run(db, now) {
      const drafts = await deleteExpiredDrafts(db, now);
      const codes = (await db.consultationAccessCode.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - DAY_MS) } } })).count;
      const runs = (await db.jobRun.deleteMany({ where: { startedAt: { lt: new Date(now.getTime() - 30 * DAY_MS) } } })).count;
      return { drafts, codes, runs };
    },
  },
];
