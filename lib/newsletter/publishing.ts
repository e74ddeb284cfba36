import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record';

/**
 * The job behind scheduled publication (docs/decisions/025): an issue whose publication time has
 * come is published, dated that time, and its send starts from it (the send job mails it,
 * lib/newsletter/sending.ts). The change is one conditional update on an issue not yet sent, so
 * of two instances, or a run repeated after a crash, exactly one publishes it.
 */
export async function publishScheduledIssues(db: Db, now = new Date()) {
  const due = await db.newsletterIssue.findMany({ where: { publishAt: { lte: now }, sendFrom: null }, select: { id: true, publishAt: true } });
  let published = 0;
  for (const issue of due) {
    const at = issue.publishAt!;
    const done = await db.newsletterIssue.updateMany({ where: { id: issue.id, sendFrom: null, publishAt: at }, data: { status: 'PUBLISHED', publishedAt: at, sendFrom: at } });
    if (done.count === 1) {
      published++;
      await recordAudit({ actor: { type: 'system' }, action: 'change', entity: 'NewsletterIssue', entityId: issue.id, detail: { published: true, scheduledFor: at.toISOString() } });
    }
  }
  return { published };
}
