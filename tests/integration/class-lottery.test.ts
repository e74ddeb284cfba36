import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { NOW, createResidents, createSection, requestKey } from '../support/classes';
import { enrol } from '@/lib/classes/enrol';
import { leave } from '@/lib/classes/waitlist';
import { setUpLottery } from '@/lib/classes/lottery/setup';
import { runLotteries } from '@/lib/classes/lottery/draw';
import { lotteryRecord } from '@/lib/classes/lottery/public-record';
import { commitmentOf, drawOrder, listHashOf } from '@/lib/classes/lottery/algorithm';
import { waitlistPosition } from '@/lib/classes/waitlist-position';
import { setUpSectionLottery } from '@/lib/classes/staff/lottery';
import { sectionRoster } from '@/lib/classes/staff/roster';
import { permissionsOf } from '@/lib/auth/roles';
import { buildStaffUser } from '@/prisma/builders';

const hour = 3_600_000;
const at = (hours: number) => new Date(NOW.getTime() + hours * hour);

describeEachDatabase('class lottery', (ctx) => {
  it('draws a section from the committed seed and the frozen list: seats in draw order, the rest waitlisted in draw order, everyone told', async () => {
    const { db } = ctx();
    // The window opens in an hour and closes a day later.
    const section = await createSection(db, { capacity: 3, opensAt: at(1), closesAt: at(25) });
    const seed = 'staff-chosen seed: 2027 T1 KIIP 2 Sunday';
    expect(await setUpLottery(db, { sectionId: section.id, seed, now: NOW })).toEqual({ ok: true, seedHash: commitmentOf(seed) });
    const before = await lotteryRecord(db, section.id);
    expect(before).toMatchObject({ seedHash: commitmentOf(seed), seed: null, listHash: null, entries: null, order: null });

    const residents = await createResidents(db, 8, 'ru');
    const locales = ['ru', 'km', 'ur', 'vi', 'en', 'ru', 'km', 'ur'];
    const ids: string[] = [];
    // Applying early gains nothing: everyone applies inside the window, one minute apart.
    for (const [i, resident] of residents.entries()) {
      const result = await enrol(db, { sectionId: section.id, residentId: resident.id, locale: locales[i]!, requestKey: requestKey(), now: new Date(at(2).getTime() + i * 60_000) });
      expect(result.kind).toBe('applied');
      if (result.kind === 'applied') ids.push(result.enrolmentId);
    }
    expect((await db.classSection.findUniqueOrThrow({ where: { id: section.id } })).taken).toBe(0);
    expect(await db.outboxMessage.count({ where: { template: 'classApplied', caseId: { in: (await db.classEnrolment.findMany({ where: { id: { in: ids } } })).map((e) => e.caseId) } } })).toBe(8);
    // One withdraws before the close: not in the list.
    await leave(db, { enrolmentId: ids[7]!, actor: { type: 'resident' }, residentId: residents[7]!.id, now: at(3) });

    // The first run after the close freezes the list; the seed stays hidden until the next run draws.
    expect(await runLotteries(db, at(25))).toMatchObject({ frozen: 1, drawn: 0 });
    const frozen = (await lotteryRecord(db, section.id))!;
    const references = (await db.classEnrolment.findMany({ where: { id: { in: ids.slice(0, 7) } }, include: { case: true } })).map((e) => e.case.reference);
    expect(frozen.entries).toEqual([...references].sort());
    expect(frozen.listHash).toBe(listHashOf(references));
    expect(frozen.seed).toBeNull();
    expect(await runLotteries(db, at(25))).toMatchObject({ frozen: 0, drawn: 0 });

    expect(await runLotteries(db, at(25.1))).toMatchObject({ frozen: 0, drawn: 1, placed: 7 });
    const drawn = (await lotteryRecord(db, section.id))!;
    // The revealed seed is the committed one, and the order is the command's, from those values alone.
    expect(commitmentOf(drawn.seed!)).toBe(before!.seedHash);
    expect(drawn.order).toEqual(drawOrder(drawn.seed!, drawn.entries!));
    const enrolments = await db.classEnrolment.findMany({ where: { sectionId: section.id, status: { not: 'WITHDRAWN' } }, include: { case: true } });
    const byReference = new Map(enrolments.map((e) => [e.case.reference, e]));
    const ordered = drawn.order!.map((r) => byReference.get(r)!);
    expect(ordered.map((e) => e.status)).toEqual(['ENROLLED', 'ENROLLED', 'ENROLLED', 'WAITING', 'WAITING', 'WAITING', 'WAITING']);
    expect(ordered.map((e) => e.case.status)).toEqual(ordered.map((e) => e.status));
    expect(await Promise.all(ordered.slice(3).map((e) => waitlistPosition(db, e)))).toEqual([1, 2, 3, 4]);
    expect((await db.classSection.findUniqueOrThrow({ where: { id: section.id } })).taken).toBe(3);
    for (const [rank, e] of ordered.entries()) {
      const mail = await db.outboxMessage.findFirstOrThrow({ where: { caseId: e.caseId, template: rank < 3 ? 'classEnrolled' : 'classWaitlisted' } });
      expect(mail.locale).toBe(e.locale);
    }
    // A second run draws nothing again.
    expect(await runLotteries(db, at(26))).toMatchObject({ frozen: 0, drawn: 0, placed: 0 });
  });

  it('sets a lottery up only before the window opens, once, with a generated seed when staff give none', async () => {
    const { db } = ctx();
    const open = await createSection(db, { opensAt: at(-1) });
    expect(await setUpLottery(db, { sectionId: open.id, now: NOW })).toEqual({ ok: false, refused: 'windowOpen' });
    const later = await createSection(db, { opensAt: at(1) });
    const result = await setUpLottery(db, { sectionId: later.id, now: NOW });
    expect(result.ok).toBe(true);
    const row = await db.classLottery.findUniqueOrThrow({ where: { sectionId: later.id } });
    expect(row.seed).toMatch(/^[0-9a-f]{64}$/);
    expect(commitmentOf(row.seed)).toBe(row.seedHash);
    expect(await setUpLottery(db, { sectionId: later.id, seed: 'again', now: NOW })).toEqual({ ok: false, refused: 'alreadySet' });
    expect(await setUpLottery(db, { sectionId: 'nope', now: NOW })).toEqual({ ok: false, refused: 'notFound' });
  });

  it('keeps one application per person and section: a double click is one application', async () => {
    const { db } = ctx();
    const section = await createSection(db, { opensAt: at(1), closesAt: at(25) });
    await setUpLottery(db, { sectionId: section.id, now: NOW });
    const [resident] = await createResidents(db, 1);
    const key = requestKey();
    const request = { sectionId: section.id, residentId: resident!.id, locale: 'ru', requestKey: key, now: at(2) };
    const [a, b] = await Promise.all([enrol(db, request), enrol(db, request)]);
    expect(a.kind).toBe('applied');
    expect(b.kind).toBe('applied');
    expect(await db.classEnrolment.count({ where: { sectionId: section.id } })).toBe(1);
    expect((await enrol(db, { ...request, requestKey: requestKey() })).kind).toBe('already_in_section');
  });

  it('lets a class coordinator set a lottery up with their seed, audited, and lists the applications on the roster without the seed', async () => {
    const { db } = ctx();
    const row = await db.staffUser.create({ data: buildStaffUser({ roles: ['class_coordinator'] }) });
    const actor = {
      id: row.id,
      name: row.name,
      email: row.email,
      roles: ['class_coordinator' as const],
      permissions: permissionsOf(['class_coordinator']),
      languages: ['ko'],
      locale: 'en' as const,
      twoFactorEnabled: true,
    };
    const section = await createSection(db, { opensAt: at(1), closesAt: at(25) });
    expect(await setUpSectionLottery(actor, { sectionId: section.id, seed: 'ab' }, NOW)).toMatchObject({ ok: false, refused: 'seed' });
    expect(await setUpSectionLottery(actor, { sectionId: section.id, seed: 'coordinator seed 2027' }, NOW)).toEqual({ ok: true, sectionId: section.id });
    expect(await db.auditLog.count({ where: { actorId: row.id, entity: 'ClassSection', entityId: section.id, action: 'change' } })).toBe(1);
    const [resident] = await createResidents(db, 1, 'en');
    await enrol(db, { sectionId: section.id, residentId: resident!.id, locale: 'en', requestKey: requestKey(), now: at(2) });
    const roster = (await sectionRoster(actor, section.id, 'en'))!;
    expect(roster.lottery).toEqual({ seedHash: commitmentOf('coordinator seed 2027'), drawnAt: null });
    expect(roster.applied.map((p) => p.name)).toEqual([resident!.name]);
    expect(JSON.stringify(roster)).not.toContain('coordinator seed 2027');
  });
});
