import { deleteExpiredCodes } from '@/lib/codes/one-time';
import { deleteExpiredDrafts } from '@/lib/drafts';
import type { Job } from '@/lib/jobs/scheduler';
import { newsletterJobs } from '@/lib/newsletter/jobs';
import { services } from './services';

const DAY_MS = 86_400_000;

/** The portal's periodic work: every service's jobs and the shared clean-up (docs/decisions/008). */
export const jobs: readonly Job[] = [
  ...services.flatMap((service) => service.jobs),
  // The newsletter has no cases, so no service registration: its jobs join here.
  ...newsletterJobs,
  {
    name: 'cleanup',
    everyMinutes: 60,
    async run(db, now) {
      const drafts = await deleteExpiredDrafts(db, now);
      const codes = await deleteExpiredCodes(db, now);
      const runs = (await db.jobRun.deleteMany({ where: { startedAt: { lt: new Date(now.getTime() - 30 * DAY_MS) } } })).count;
      return { drafts, codes, runs };
    },
  },
];
