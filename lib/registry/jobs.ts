import type { Job } from '@/lib/jobs/scheduler';
import { runRetention } from '@/lib/retention/run';
import { services } from './services';

/** The portal's periodic work: every service's jobs and the shared retention (docs/decisions/008, 020). */
export const jobs: readonly Job[] = [...services.flatMap((service) => service.jobs), { name: 'retention', everyMinutes: 60, run: runRetention }];
