import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import type { Db } from '@/lib/db/client';
import { runDueJobs } from '@/lib/jobs/scheduler';
import { queueMessage } from '@/lib/notifications/outbox';
import { jobs } from '@/lib/registry/jobs';
import { runRetention } from '@/lib/retention/run';

const NOW = new Date('2027-03-10T03:00:00Z');
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

async function auditRow(db: Db, action: string, at: Date) {
  return (await db.auditLog.create({ data: { actorType: 'staff', actorId: 's1', action, entity: 'Resident', residentId: 'r1', at }, select: { id: true } })).id;
}

/** A message as the dispatcher leaves it once delivered, `sentDaysAgo` days ago. */
async function sentMessage(db: Db, template: 'residentSignInCode' | 'genericCaseMessage', sentDaysAgo: number, to = 'hoa@example.vn') {
  const { id } =
    template === 'residentSignInCode'
      ? await queueMessage(db, { channel: 'EMAIL', to, template, locale: 'vi', params: { code: '482913', expiresAt: NOW } })
      : await queueMessage(db, { channel: 'EMAIL', to, template, locale: 'vi', params: { reference: 'CO-2027-0001', body: 'Your documents are ready.' } });
  const at = daysAgo(sentDaysAgo);
  // updatedAt is set by Prisma on every update; a raw statement puts it in the past like createdAt.
  await db.outboxMessage.update({ where: { id }, data: { status: 'SENT', sentAt: at, createdAt: at } });
  await db.$executeRaw`UPDATE "OutboxMessage" SET "updatedAt" = "createdAt" WHERE "id" = ${id}`;
  return id;
}

describeEachDatabase('retention', (ctx) => {
  it('deletes audit entries past 2 years (3 for permission changes) and keeps the rest, recording the purge', async () => {
    const { db } = ctx();
    const oldView = await auditRow(db, 'view', daysAgo(2 * 365 + 5));
    const recentView = await auditRow(db, 'view', daysAgo(2 * 365 - 5));
    const permissionAfterTwoYears = await auditRow(db, 'permission_change', daysAgo(2 * 365 + 100));
    const oldPermission = await auditRow(db, 'permission_change', daysAgo(3 * 365 + 5));
    const oldInvitation = await auditRow(db, 'staff_invited', daysAgo(3 * 365 + 5));

    expect((await runRetention(db, NOW)).auditEntries).toBe(3);
    const left = (await db.auditLog.findMany({ select: { id: true } })).map((row) => row.id);
    expect(left).toEqual(expect.arrayContaining([recentView, permissionAfterTwoYears]));
    expect(left).not.toContain(oldView);
    expect(left).not.toContain(oldPermission);
    expect(left).not.toContain(oldInvitation);
    expect(await db.auditPurge.findMany({ select: { open: true, deleted: true } })).toEqual([{ open: false, deleted: 3 }]);
  });

  it('leaves the audit log append-only for everything else: an ordinary UPDATE or DELETE, even of an old row, is refused', async () => {
    const { db } = ctx();
    const old = await auditRow(db, 'view', daysAgo(5 * 365));
    await runRetention(db, NOW);
    const kept = await auditRow(db, 'view', daysAgo(10));
    const ancient = await auditRow(db, 'view', daysAgo(6 * 365));
    await expect(db.auditLog.delete({ where: { id: ancient } })).rejects.toThrow();
    await expect(db.auditLog.update({ where: { id: kept }, data: { action: 'nothing' } })).rejects.toThrow();
    await expect(db.auditLog.deleteMany({})).rejects.toThrow();
    // A purge row left open by hand does not let an UPDATE through.
    await db.auditPurge.create({ data: { accessBefore: NOW, permissionBefore: NOW } });
    await expect(db.auditLog.update({ where: { id: ancient }, data: { action: 'nothing' } })).rejects.toThrow();
    expect((await db.auditLog.findMany({ select: { id: true } })).map((row) => row.id)).toEqual(expect.arrayContaining([kept, ancient]));
    expect(await db.auditLog.count({ where: { id: old } })).toBe(0);
  });

  it('masks the code in a delivered message once the code has expired, and leaves a message still to be sent as it is', async () => {
    const { db } = ctx();
    const sent = await sentMessage(db, 'residentSignInCode', 1);
    const pending = (await queueMessage(db, { channel: 'EMAIL', to: 'an@example.vn', template: 'residentSignInCode', locale: 'vi', params: { code: '771204', expiresAt: NOW } })).id;

    expect((await runRetention(db, NOW)).secretsMasked).toBe(1);
    const masked = await db.outboxMessage.findUniqueOrThrow({ where: { id: sent } });
    expect(`${masked.subject} ${masked.text} ${masked.html}`).not.toContain('482913');
    expect(masked.text).toBe(masked.staffText);
    expect(masked.secretsRemovedAt).toEqual(NOW);
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: pending } })).text).toContain('771204');
    // A second run has nothing left to mask.
    expect((await runRetention(db, NOW)).secretsMasked).toBe(0);
  });

  it('deletes messages that carried a secret after 30 days and other messages after a year', async () => {
    const { db } = ctx();
    const codeLastWeek = await sentMessage(db, 'residentSignInCode', 7);
    const codeLastQuarter = await sentMessage(db, 'residentSignInCode', 40);
    const noteLastQuarter = await sentMessage(db, 'genericCaseMessage', 40);
    const noteTwoYearsAgo = await sentMessage(db, 'genericCaseMessage', 400);

    expect((await runRetention(db, NOW)).messages).toBe(2);
    const mine = [codeLastWeek, codeLastQuarter, noteLastQuarter, noteTwoYearsAgo];
    const left = (await db.outboxMessage.findMany({ where: { id: { in: mine } }, select: { id: true } })).map((row) => row.id).sort();
    expect(left).toEqual([codeLastWeek, noteLastQuarter].sort());
  });

  it('deletes expired sessions, verification rows and throttle counters, keeping live ones', async () => {
    const { db } = ctx();
    const resident = await db.resident.create({ data: { name: 'Hoa', email: 'hoa.retention@example.vn', preferredLocale: 'vi' } });
    await db.residentSession.create({ data: { token: 'expired-token', userId: resident.id, expiresAt: daysAgo(1) } });
    await db.residentSession.create({ data: { token: 'live-token', userId: resident.id, expiresAt: new Date(NOW.getTime() + DAY) } });
    await db.residentVerification.create({ data: { identifier: 'sign-in-otp-hoa', value: 'x', expiresAt: daysAgo(1) } });
    await db.rateLimiterFlexible.create({ data: { key: 'old', points: 3, expire: daysAgo(1) } });
    await db.rateLimiterFlexible.create({ data: { key: 'live', points: 1, expire: new Date(NOW.getTime() + 60_000) } });

    expect(await runRetention(db, NOW)).toMatchObject({ sessions: 1, verifications: 1, throttles: 1 });
    expect((await db.residentSession.findMany({ where: { userId: resident.id }, select: { token: true } })).map((row) => row.token)).toEqual(['live-token']);
    expect((await db.rateLimiterFlexible.findMany({ where: { key: { in: ['old', 'live'] } }, select: { key: true } })).map((row) => row.key)).toEqual(['live']);
  });

  it('runs as the hourly retention job, once per hour across instances, with what it deleted in the run', async () => {
    const { db } = ctx();
    await auditRow(db, 'view', daysAgo(3 * 365));
    const [first, second] = await Promise.all([runDueJobs(db, jobs, { now: NOW, instance: 'a' }), runDueJobs(db, jobs, { now: NOW, instance: 'b' })]);
    const ran = [...first!, ...second!].filter((outcome) => outcome.job === 'retention' && outcome.ran);
    expect(ran).toHaveLength(1);
    const run = await db.jobRun.findFirstOrThrow({ where: { job: 'retention' } });
    expect(run.result).toMatchObject({ auditEntries: 1 });
    expect(run.error).toBeNull();
  });
});
