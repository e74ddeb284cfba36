import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { createArticle } from '../support/newsletter';
import { sendDueIssues } from '@/lib/newsletter/sending';
import type { Db } from '@/lib/db/client';

const site = 'https://portal.example';

const hour = 3_600_000;

async function subscribers(db: Db, tag: string, confirmedAt: Date, spec: [locale: string, status: 'PENDING' | 'CONFIRMED' | 'UNSUBSCRIBED', count: number][]) {
  for (const [locale, status, count] of spec) {
    for (let i = 0; i < count; i++) {
      await db.newsletterSubscriber.create({ data: { email: `${tag}-${locale}-${status.toLowerCase()}-${i}@send.test`, locale, status, confirmedAt: status === 'PENDING' ? null : confirmedAt } });
    }
  }
}

/**
 * Publishing sends each confirmed subscriber the issue once, in their language, only in languages
 * the issue has; the ledger makes a second runner (or a restart) add nothing and skip no one.
 */
describeEachDatabase('newsletter sending', (ctx) => {
  // Each test asks for its issue at its own time, its subscribers having confirmed an hour before.
  const setUp = async (tag: string, sendFrom: Date) => {
    const { db } = ctx();
    const { issue } = await createArticle(db, {
      ko: { title: '한국어 교실', summary: '무료 수업', body: '본문' },
      en: { title: 'Korean classes', summary: 'Free classes', body: 'Body' },
      km: { title: 'ថ្នាក់ភាសាកូរ៉េ', summary: 'ឥតគិតថ្លៃ', body: 'អត្ថបទ' },
      zh: { title: '韩语课', summary: '草稿', body: '正文', status: 'DRAFT' },
    });
    await subscribers(db, tag, new Date(sendFrom.getTime() - hour), [
      ['ko', 'CONFIRMED', 3],
      ['km', 'CONFIRMED', 2],
      ['zh', 'CONFIRMED', 1],
      ['en', 'PENDING', 1],
      ['en', 'UNSUBSCRIBED', 1],
    ]);
    await db.newsletterIssue.update({ where: { id: issue.id }, data: { sendFrom } });
    return issue;
  };
  // The emails of one issue, through its ledger (every test's subscribers get every due issue).
  const mails = async (issueId: string) => {
    const sends = await ctx().db.newsletterSend.findMany({ where: { issueId, outboxId: { not: null } }, select: { outboxId: true } });
    return ctx().db.outboxMessage.findMany({ where: { id: { in: sends.map((s) => s.outboxId!) } }, orderBy: { to: 'asc' } });
  };

  it('sends exactly once to every confirmed subscriber of a language the issue has, even with two runners at once', async () => {
    const { db } = ctx();
    const tag = `once${Date.now()}`;
    const issue = await setUp(tag, new Date('2026-10-01T00:00:00Z'));
    const now = new Date('2026-10-01T01:00:00Z');
    await Promise.all([sendDueIssues(db, { now, site }), sendDueIssues(db, { now, site })]);
    await sendDueIssues(db, { now, site });

    const sent = (await mails(issue.id)).filter((m) => m.to.startsWith(tag));
    expect(sent.map((m) => m.to)).toEqual([
      `${tag}-km-confirmed-0@send.test`,
      `${tag}-km-confirmed-1@send.test`,
      `${tag}-ko-confirmed-0@send.test`,
      `${tag}-ko-confirmed-1@send.test`,
      `${tag}-ko-confirmed-2@send.test`,
    ]);
    const khmer = sent[0]!;
    expect(khmer.locale).toBe('km');
    expect(khmer.text).toContain('ថ្នាក់ភាសាកូរ៉េ');
    expect(khmer.text).toContain(`${site}/km/newsletter/${issue.number}/`);
    // RFC 8058: one POST to this address unsubscribes.
    const headers = khmer.headers as Record<string, string>;
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(headers['List-Unsubscribe']).toMatch(new RegExp(`^<${site}/km/newsletter/unsubscribe/[^>]+/one-click>$`));
    expect(await db.newsletterSend.count({ where: { issueId: issue.id } })).toBe(5);
    expect(await db.newsletterSend.count({ where: { issueId: issue.id, status: 'PENDING' } })).toBe(0);
  });

  it('sends at the configured rate and finishes the rest on the next runs, skipping no one', async () => {
    const { db } = ctx();
    const tag = `rate${Date.now()}`;
    const issue = await setUp(tag, new Date('2026-10-05T00:00:00Z'));
    const now = new Date('2026-10-05T01:00:00Z');
    expect((await sendDueIssues(db, { now, site, limit: 2 })).queued).toBe(2);
    expect(await mails(issue.id)).toHaveLength(2);
    // A subscriber who leaves between two runs is not mailed.
    await db.newsletterSubscriber.update({ where: { email_locale: { email: `${tag}-ko-confirmed-2@send.test`, locale: 'ko' } }, data: { status: 'UNSUBSCRIBED' } });
    // Earlier tests' subscribers had confirmed by then too, so the runs go on until nothing is left.
    let runs = 0;
    while ((await sendDueIssues(db, { now, site, limit: 2 })).queued > 0) runs++;
    expect(runs).toBeGreaterThanOrEqual(2);
    const sent = (await mails(issue.id)).filter((m) => m.to.startsWith(tag));
    expect(sent).toHaveLength(4);
    expect(new Set(sent.map((m) => m.to)).size).toBe(4);
    expect(sent.map((m) => m.to)).not.toContain(`${tag}-ko-confirmed-2@send.test`);
    expect(await db.newsletterSend.count({ where: { issueId: issue.id, status: 'PENDING' } })).toBe(0);
  });

  it('sends nothing for an issue nobody asked to send, or one asked for later', async () => {
    const { db } = ctx();
    const tag = `later${Date.now()}`;
    const issue = await setUp(tag, new Date('2026-12-01T00:00:00Z'));
    await sendDueIssues(db, { now: new Date('2026-11-01T00:00:00Z'), site });
    expect(await mails(issue.id)).toHaveLength(0);
    expect(await db.newsletterSend.count({ where: { issueId: issue.id } })).toBe(0);
  });
});
