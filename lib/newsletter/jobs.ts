import type { Job } from '@/lib/jobs/scheduler';
import { siteUrl } from '@/lib/http/site-url';
import { sendDueIssues } from './sending';

/** Every five minutes: the next batch of a requested issue's emails (the sending rate is the batch size). */
export const newsletterJobs: readonly Job[] = [{ name: 'newsletter-send', everyMinutes: 5, run: (db, now) => sendDueIssues(db, { now, site: siteUrl() }) }];
