import type { Job } from '@/lib/jobs/scheduler';
import { siteUrl } from '@/lib/http/site-url';
import { sendDueIssues } from './sending';
import { publishScheduledIssues } from './publishing';

/**
 * Every minute: scheduled issues whose time has come are published and their send starts.
 * Every five minutes: the next batch of a requested issue's emails (the sending rate is the batch size).
 */
export const newsletterJobs: readonly Job[] = [
  { name: 'newsletter-publish', everyMinutes: 1, run: (db, now) => publishScheduledIssues(db, now) },
  { name: 'newsletter-send', everyMinutes: 5, run: (db, now) => sendDueIssues(db, { now, site: siteUrl() }) },
];
