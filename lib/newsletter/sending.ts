import type { Db } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/retry';
import { queueMessage } from '@/lib/notifications/outbox';
import { resolveText } from '@/lib/i18n/localized-text';
import type { NewsletterLocale } from './locales';
import { oneClickUrl, unsubscribeUrl } from './subscriptions';

/** Messages queued per run of the job (every five minutes): the configured sending rate, 200 a minute. */
export const DEFAULT_SENDS_PER_RUN = 1000;

/**
 * Mails published issues whose sending was asked for (docs/decisions/018). First the ledger: one
 * row per (issue, confirmed subscriber of a language the issue has), under a unique key, so a
 * second run adds only who is missing. Then each PENDING row is claimed by a conditional update
 * in the same transaction that queues its email: a crash rolls both back, a second runner's
 * update matches nothing, so everyone gets the issue once, in their language.
 */
export async function sendDueIssues(db: Db, { now = new Date(), site, limit = DEFAULT_SENDS_PER_RUN }: { now?: Date; site: string; limit?: number }) {
  const issues = await db.newsletterIssue.findMany({ where: { status: 'PUBLISHED', sendFrom: { lte: now } }, orderBy: { sendFrom: 'asc' }, select: { id: true, sendFrom: true } });
  let queued = 0;
  for (const issue of issues) {
    if (queued >= limit) break;
    const content = await issueMail(db, issue.id, site);
    await fillLedger(db, issue.id, issue.sendFrom!, [...content.keys()]);
    queued += await sendPending(db, issue.id, content, site, limit - queued);
  }
  return { queued };
}

type MailContent = { number: string; issueTitle: string; issueUrl: string; articles: { title: string; summary: string; url: string }[] };

/** What each language's email lists: the issue's articles published in that language. */
async function issueMail(db: Db, issueId: string, site: string): Promise<Map<string, MailContent>> {
  const issue = await db.newsletterIssue.findUniqueOrThrow({
    where: { id: issueId },
    select: {
      number: true,
      title: true,
      articles: { orderBy: { position: 'asc' }, select: { slug: true, versions: { where: { status: 'PUBLISHED' }, select: { locale: true, title: true, summary: true } } } },
    },
  });
  const byLocale = new Map<string, MailContent>();
  for (const article of issue.articles) {
    for (const version of article.versions) {
      const base = `${site}/${version.locale}/newsletter/${issue.number}`;
      const content = byLocale.get(version.locale) ?? { number: String(issue.number), issueTitle: resolveText(issue.title, version.locale as NewsletterLocale).text, issueUrl: base, articles: [] };
      content.articles.push({ title: version.title, summary: version.summary, url: `${base}/${article.slug}` });
      byLocale.set(version.locale, content);
    }
  }
  return byLocale;
}

/** The audience is who had confirmed when sending was asked for: later subscribers start with the next issue. */
async function fillLedger(db: Db, issueId: string, sendFrom: Date, locales: string[]) {
  const missing = await db.newsletterSubscriber.findMany({
    where: { status: 'CONFIRMED', confirmedAt: { lte: sendFrom }, locale: { in: locales }, sends: { none: { issueId } } },
    select: { id: true, locale: true },
  });
  for (const subscriber of missing) {
    try {
      await db.newsletterSend.create({ data: { issueId, subscriberId: subscriber.id, locale: subscriber.locale } });
    } catch (error) {
      // Another runner added this row first: that is the unique key doing its job.
      if (!isUniqueViolation(error)) throw error;
    }
  }
}

async function sendPending(db: Db, issueId: string, content: Map<string, MailContent>, site: string, limit: number): Promise<number> {
  if (limit <= 0) return 0;
  const pending = await db.newsletterSend.findMany({
    where: { issueId, status: 'PENDING' },
    orderBy: { createdAt: 'asc' },
    take: limit,
    select: { id: true, locale: true, subscriber: { select: { id: true, email: true, locale: true, linkVersion: true, status: true } } },
  });
  let queued = 0;
  for (const send of pending) {
    const mail = content.get(send.locale);
    const done = await db.$transaction(async (tx) => {
      // The claim is the transaction's first statement, a write (no read-then-write race).
      const claim = await tx.newsletterSend.updateMany({ where: { id: send.id, status: 'PENDING' }, data: { status: 'QUEUED', queuedAt: new Date() } });
      if (claim.count !== 1) return false;
      // Unsubscribed since the ledger was made: the row is closed without an email.
      const subscriber = await tx.newsletterSubscriber.findUnique({ where: { id: send.subscriber.id }, select: { status: true } });
      if (subscriber?.status !== 'CONFIRMED' || !mail) return false;
      const { id } = await queueMessage(tx, {
        channel: 'EMAIL',
        template: 'newsletterIssue',
        locale: send.locale as NewsletterLocale,
        to: send.subscriber.email,
        params: { ...mail, unsubscribeUrl: unsubscribeUrl(site, send.subscriber) },
        headers: { 'List-Unsubscribe': `<${oneClickUrl(site, send.subscriber)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      });
      await tx.newsletterSend.update({ where: { id: send.id }, data: { outboxId: id } });
      return true;
    });
    if (done) queued++;
  }
  return queued;
}
