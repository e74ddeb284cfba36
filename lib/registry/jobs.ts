import type { Job } from '@/lib/jobs/scheduler';
import { newsletterJobs } from '@/lib/newsletter/jobs';
import { runRetention } from '@/lib/retention/run';
import { services } from './services';

/** The portal's periodic work: every service's jobs and the shared retention (docs/decisions/008, 020). */
export const jobs: readonly Job[] = [
  ...services.flatMap((service) => service.jobs),
  // The newsletter has no cases, so no service registration: its jobs join here.
  ...newsletterJobs,
  { name: 'retention', everyMinutes: 60, run: runRetention },
];
