import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { createArticle } from '../support/newsletter';
import { buildStaffUser } from '@/prisma/builders';
import type { Db } from '@/lib/db/client';
import type { StaffContext } from '@/lib/auth/guards';
import { permissionsOf } from '@/lib/auth/roles';
import { runDueJobs } from '@/lib/jobs/scheduler';
import { newsletterJobs } from '@/lib/newsletter/jobs';
import { publishScheduledIssues } from '@/lib/newsletter/publishing';
import { sendDueIssues } from '@/lib/newsletter/sending';
import { scheduleIssue } from '@/lib/newsletter/staff/editing';

const minute = 60_000;
const site = 'https://portal.example';
const publishJob = newsletterJobs.filter((job) => job.name === 'newsletter-publish');

async function editorIn(db: Db): Promise<StaffContext> {
  const row = await db.staffUser.create({ data: buildStaffUser({ roles: ['editor'] }) });
  return { id: row.id, name: row.name, email: row.email, roles: ['editor'], permissions: permissionsOf(['editor']), languages: ['ko'], locale: 'en', twoFactorEnabled: true };
}

/** A draft issue with a Korean and a Khmer article, and confirmed readers of both. */
async function draftIssue(db: Db, tag: string, confirmedAt: Date) {
  const { issue } = await createArticle(db, { ko: { title: '한국어 교실', body: '본문' }, km: { title: 'ថ្នាក់ភាសាកូរ៉េ', body: 'អត្ថបទ' } });
  await db.newsletterIssue.update({ where: { id: issue.id }, data: { status: 'DRAFT', publishedAt: null } });
  for (const locale of ['ko', 'km']) await db.newsletterSubscriber.create({ data: { email: `${tag}-${locale}@schedule.test`, locale, status: 'CONFIRMED', confirmedAt } });
  return issue;
}

describeEachDatabase('scheduled publication of a newsletter issue', (ctx) => {
  it('publishes at the time set, exactly once with two instances ticking together, and starts the send', async () => {
    const { db } = ctx();
    const editor = await editorIn(db);
    const at = new Date('2035-03-02T01:00:00Z');
    const tag = `sched${Date.now()}`;
    const issue = await draftIssue(db, tag, new Date(at.getTime() - 60 * minute));

    expect(await scheduleIssue(editor, issue.id, new Date(at.getTime() - minute), at)).toMatchObject({ ok: false, refused: 'inPast' });
    expect(await scheduleIssue(editor, issue.id, at, new Date(at.getTime() - 60 * minute))).toEqual({ ok: true });

    // A minute early: nothing yet.
    await runDueJobs(db, publishJob, { now: new Date(at.getTime() - minute), instance: 'a' });
    expect(await db.newsletterIssue.findUniqueOrThrow({ where: { id: issue.id } })).toMatchObject({ status: 'DRAFT', sendFrom: null });

    // Two instances tick at the time itself: one runs the job, the other skips its period.
    const outcomes = (await Promise.all(['a', 'b'].map((instance) => runDueJobs(db, publishJob, { now: at, instance })))).flat();
    expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
    expect(await db.newsletterIssue.findUniqueOrThrow({ where: { id: issue.id } })).toMatchObject({ status: 'PUBLISHED', publishedAt: at, sendFrom: at });
    expect(await db.auditLog.count({ where: { entity: 'NewsletterIssue', entityId: issue.id, actorType: 'system' } })).toBe(1);

    // A later tick (or a run repeated after a crash) changes nothing.
    await runDueJobs(db, publishJob, { now: new Date(at.getTime() + minute), instance: 'b' });
    expect(await db.auditLog.count({ where: { entity: 'NewsletterIssue', entityId: issue.id, actorType: 'system' } })).toBe(1);
    expect(await scheduleIssue(editor, issue.id, new Date(at.getTime() + 60 * minute), at)).toMatchObject({ ok: false, refused: 'alreadySent' });

    // The send has started from the publication time: each reader gets it once, in their language.
    await sendDueIssues(db, { now: new Date(at.getTime() + 5 * minute), site });
    await sendDueIssues(db, { now: new Date(at.getTime() + 10 * minute), site });
    const mails = await db.outboxMessage.findMany({ where: { to: { startsWith: tag } }, orderBy: { to: 'asc' } });
    expect(mails.map((m) => [m.to, m.locale])).toEqual([
      [`${tag}-km@schedule.test`, 'km'],
      [`${tag}-ko@schedule.test`, 'ko'],
    ]);
  });

  it('publishes once when two publishers run at the same moment, and not at all once the schedule is cleared', async () => {
    const { db } = ctx();
    const editor = await editorIn(db);
    const at = new Date('2036-03-02T01:00:00Z');
    const [first, cleared] = [await draftIssue(db, `a${Date.now()}`, at), await draftIssue(db, `b${Date.now()}`, at)];
    const before = new Date(at.getTime() - 60 * minute);
    await scheduleIssue(editor, first.id, at, before);
    await scheduleIssue(editor, cleared.id, at, before);
    await scheduleIssue(editor, cleared.id, null, before);

    const results = await Promise.all([publishScheduledIssues(db, at), publishScheduledIssues(db, at)]);
    expect(results.reduce((sum, r) => sum + r.published, 0)).toBe(1);
    expect(await db.newsletterIssue.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: 'PUBLISHED', sendFrom: at });
    expect(await db.newsletterIssue.findUniqueOrThrow({ where: { id: cleared.id } })).toMatchObject({ status: 'DRAFT', sendFrom: null, publishAt: null });
  });
});
