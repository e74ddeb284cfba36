import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { buildCenter, buildCity, buildResident, buildService, buildStaffUser } from '@/prisma/builders';
import { makeCaseReference } from '@/lib/cases/reference';
import { AccessDenied, type StaffContext } from '@/lib/auth/guards';
import { permissionsOf, type Role } from '@/lib/auth/roles';
import { activeKey } from '@/lib/consultations/booking';
import { openSlots } from '@/lib/consultations/availability';
import { defaultRules } from '@/lib/consultations/rules';
import { addDays, cityDayKey, cityWallTime, weekdayOf } from '@/lib/time/seoul';
import { checkIn, markNoShow, recordOutcome } from '@/lib/consultations/staff/attendance';
import { dayList } from '@/lib/consultations/staff/day-list';
import { registerWalkIn } from '@/lib/consultations/staff/walk-in';
import { staffCancel } from '@/lib/consultations/staff/cancel';
import { setSlotCapacity } from '@/lib/consultations/staff/slot-capacity';
import { addScheduleBlock, listSchedules, removeScheduleBlock } from '@/lib/consultations/staff/schedules';
import { addClosure, removeClosure } from '@/lib/consultations/staff/closures';
import { caseForStaff } from '@/lib/cases/staff-detail';
import type { Db } from '@/lib/db/client';

/** The context requireStaff() builds from a session, made here from the staff row itself. */
async function actorFor(db: Db, roles: Role[], languages = ['ko', 'vi']): Promise<StaffContext> {
  const row = await db.staffUser.create({ data: buildStaffUser({ roles, languages }) });
  return { id: row.id, name: row.name, email: row.email, roles, permissions: permissionsOf(roles), languages, locale: 'en', twoFactorEnabled: true };
}

const today = () => cityDayKey(new Date());

describeEachDatabase('consultations: the staff side', (ctx) => {
  let centerId: string;
  let topic: { id: string; slug: string };
  let counsellor: StaffContext;
  let supervisor: StaffContext;
  let caseworker: StaffContext;

  beforeAll(async () => {
    const { db } = ctx();
    const city = await db.city.create({ data: buildCity() });
    centerId = (await db.center.create({ data: buildCenter(city.id, { slug: 'consultation-center' }) })).id;
    const service = await db.service.create({ data: buildService({ centerId }) });
    topic = await db.consultationTopic.create({
      data: { slug: 'daily-life', title: { en: 'Daily life', ko: '일상생활' }, summary: { en: 'Everyday questions' }, serviceId: service.id },
      select: { id: true, slug: true },
    });
    counsellor = await actorFor(db, ['counsellor']);
    supervisor = await actorFor(db, ['supervisor']);
    caseworker = await actorFor(db, ['caseworker']);
  });

  let phones = 0;
  /** A resident's booking in its own slot, as confirmDraft leaves it. */
  async function booking(startsAt: Date, options: { counsellorId?: string; capacity?: number; booked?: number } = {}) {
    const { db } = ctx();
    const counsellorId = options.counsellorId ?? counsellor.id;
    const slot = await db.consultationSlot.create({
      data: {
        counsellorId,
        centerId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        capacity: options.capacity ?? 1,
        booked: options.booked ?? 1,
        channels: ['VISIT', 'PHONE'],
        topics: [],
        languages: ['ko', 'vi'],
      },
    });
    const resident = await db.resident.create({ data: buildResident() });
    const phone = `+8210${String(++phones).padStart(8, '0')}`;
    const created = await db.case.create({
      data: { reference: makeCaseReference('CONSULTATION'), kind: 'CONSULTATION', status: 'SCHEDULED', locale: 'en', residentId: resident.id, assigneeId: counsellorId },
    });
    const made = await db.consultationBooking.create({
      data: {
        caseId: created.id,
        topicId: topic.id,
        slotId: slot.id,
        counsellorId,
        centerId,
        startsAt,
        endsAt: slot.endsAt,
        channel: 'VISIT',
        language: 'vi',
        // Messages to the resident are in English here: the other locales' emails come later.
        locale: 'en',
        name: resident.name,
        email: resident.email,
        phone,
        problem: 'My employer has not paid me for two months.',
        activeEmailKey: activeKey(topic.id, resident.email),
        activePhoneKey: activeKey(topic.id, phone),
      },
    });
    await db.caseEvent.create({ data: { caseId: created.id, type: 'booked', toStatus: 'SCHEDULED' } });
    return { bookingId: made.id, caseId: created.id, slotId: slot.id, residentId: resident.id, phone };
  }

  const events = (caseId: string) =>
    ctx().db.caseEvent.findMany({ where: { caseId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { type: true, actorId: true, fromStatus: true, toStatus: true, note: true, data: true } });

  it('checks a resident in once, however many staff click at the same moment', async () => {
    const { db } = ctx();
    const startsAt = cityWallTime(addDays(today(), 1), '10:00');
    const b = await booking(startsAt);
    // Check-in opens on the appointment's day in Seoul, not the evening before.
    expect(await checkIn(counsellor, b.bookingId, cityWallTime(today(), '23:59'))).toEqual({ ok: false, refused: 'notToday', values: undefined });
    const morning = cityWallTime(addDays(today(), 1), '08:30');
    const results = await Promise.all([checkIn(counsellor, b.bookingId, morning), checkIn(supervisor, b.bookingId, morning), checkIn(counsellor, b.bookingId, morning)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, refused: 'notActive', values: undefined },
      { ok: false, refused: 'notActive', values: undefined },
    ]);
    expect(await db.consultationBooking.findUniqueOrThrow({ where: { id: b.bookingId } })).toMatchObject({ status: 'CHECKED_IN', checkedInAt: expect.any(Date) });
    const timeline = await events(b.caseId);
    expect(timeline.map((e) => e.type)).toEqual(['booked', 'checked_in']);
    // Checking in is an event without a change of status.
    expect(timeline[1]).toMatchObject({ fromStatus: null, toStatus: null });
    expect(await db.case.findUniqueOrThrow({ where: { id: b.caseId } })).toMatchObject({ status: 'SCHEDULED', closedAt: null });
    // A checked-in resident came: they cannot be marked as not having come.
    expect(await markNoShow(counsellor, b.bookingId, new Date(Date.now() + 2 * 86_400_000))).toEqual({ ok: false, refused: 'notActive' });
  });

  it('marks a no-show only once the appointment has started, closing the case and freeing the one-per-topic rule', async () => {
    const { db } = ctx();
    const startsAt = cityWallTime(addDays(today(), 1), '11:00');
    const b = await booking(startsAt);
    expect(await markNoShow(counsellor, b.bookingId, new Date(startsAt.getTime() - 60_000))).toEqual({ ok: false, refused: 'notYetStarted' });
    expect(await markNoShow(counsellor, b.bookingId, new Date(startsAt.getTime() + 15 * 60_000))).toEqual({ ok: true, caseId: b.caseId });
    expect(await db.consultationBooking.findUniqueOrThrow({ where: { id: b.bookingId } })).toMatchObject({ status: 'NO_SHOW', activeEmailKey: null, activePhoneKey: null });
    expect(await db.case.findUniqueOrThrow({ where: { id: b.caseId } })).toMatchObject({ status: 'NO_SHOW', closedAt: expect.any(Date) });
    expect((await events(b.caseId)).at(-1)).toMatchObject({ type: 'no_show', actorId: counsellor.id, fromStatus: 'SCHEDULED', toStatus: 'NO_SHOW' });
  });

  it('records an outcome: without follow-up the case is completed, with one it stays open for review', async () => {
    const { db } = ctx();
    const doneAt = cityWallTime(addDays(today(), 1), '13:00');
    const done = await booking(doneAt);
    const after = new Date(doneAt.getTime() + 30 * 60_000);
    // A visit takes its outcome after check-in, not before.
    expect(await recordOutcome(counsellor, done.bookingId, { note: 'Explained.', followUp: false }, after)).toEqual({ ok: false, refused: 'notCheckedIn', values: undefined });
    await checkIn(counsellor, done.bookingId, doneAt);
    expect(await recordOutcome(counsellor, done.bookingId, { note: '  ', followUp: false }, after)).toMatchObject({ ok: false, invalid: expect.anything() });
    expect(await recordOutcome(counsellor, done.bookingId, { note: 'Explained the wage claim procedure.', followUp: false }, after)).toEqual({ ok: true, caseId: done.caseId });
    expect(await db.consultationBooking.findUniqueOrThrow({ where: { id: done.bookingId } })).toMatchObject({
      status: 'COMPLETED',
      outcome: 'Explained the wage claim procedure.',
      followUpOn: null,
      activeEmailKey: null,
      activePhoneKey: null,
    });
    expect(await db.case.findUniqueOrThrow({ where: { id: done.caseId } })).toMatchObject({ status: 'COMPLETED', closedAt: expect.any(Date) });
    expect((await events(done.caseId)).map((e) => e.type)).toEqual(['booked', 'checked_in', 'outcome']);
    // Twice is once: the second outcome finds the booking completed.
    expect(await recordOutcome(counsellor, done.bookingId, { note: 'again', followUp: false }, after)).toEqual({ ok: false, refused: 'notActive', values: undefined });

    const openAt = cityWallTime(addDays(today(), 1), '14:00');
    const open = await booking(openAt);
    await checkIn(counsellor, open.bookingId, openAt);
    const followUpOn = addDays(today(), 14);
    expect(await recordOutcome(counsellor, open.bookingId, { note: 'Needs the labour office letter.', followUp: true, followUpOn }, new Date(openAt.getTime() + 60_000))).toEqual({
      ok: true,
      caseId: open.caseId,
    });
    expect(await db.case.findUniqueOrThrow({ where: { id: open.caseId } })).toMatchObject({ status: 'IN_REVIEW', closedAt: null });
    expect(await db.consultationBooking.findUniqueOrThrow({ where: { id: open.bookingId } })).toMatchObject({ status: 'COMPLETED', followUpOn });
    const timeline = await events(open.caseId);
    expect(timeline.map((e) => e.type)).toEqual(['booked', 'checked_in', 'outcome', 'follow_up']);
    expect(timeline[2]).toMatchObject({ actorId: counsellor.id, fromStatus: 'SCHEDULED', toStatus: 'IN_REVIEW', note: 'Needs the labour office letter.' });
    expect(timeline[3]).toMatchObject({ data: { on: followUpOn } });

    // A booking nobody checked in (a phone call) takes an outcome only once its time has come.
    const later = await booking(cityWallTime(addDays(today(), 2), '10:00'));
    expect(await recordOutcome(counsellor, later.bookingId, { note: 'Called.', followUp: false })).toEqual({ ok: false, refused: 'notYetStarted', values: undefined });
  });

  it('registers a walk-in as a checked-in booking of now, with its case, at the counsellor’s centre', async () => {
    const { db } = ctx();
    const known = await db.resident.create({ data: buildResident({ email: 'walkin.known@example.org' }) });
    const result = await registerWalkIn(counsellor, {
      counsellorId: counsellor.id,
      topicId: topic.id,
      language: 'vi',
      name: 'Trần Văn Nam',
      email: 'Walkin.Known@example.org',
      phone: '',
      problem: 'Landlord keeps the deposit.',
      interpreterNeeded: true,
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const made = await db.consultationBooking.findUniqueOrThrow({ where: { id: result.bookingId }, include: { case: true } });
    expect(made).toMatchObject({
      walkIn: true,
      slotId: null,
      status: 'CHECKED_IN',
      channel: 'VISIT',
      counsellorId: counsellor.id,
      centerId,
      interpreterNeeded: true,
      email: 'walkin.known@example.org',
      activeEmailKey: null,
    });
    expect(made.endsAt.getTime() - made.startsAt.getTime()).toBe(60 * 60_000);
    expect(Math.abs(made.startsAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(made.case).toMatchObject({ id: result.caseId, kind: 'CONSULTATION', status: 'SCHEDULED', assigneeId: counsellor.id, residentId: known.id });
    expect((await events(result.caseId)).map((e) => [e.type, e.actorId])).toEqual([
      ['walk_in', counsellor.id],
      ['checked_in', counsellor.id],
    ]);
    expect(await registerWalkIn(counsellor, { counsellorId: caseworker.id, topicId: topic.id, language: 'vi', name: 'X', problem: 'Y', interpreterNeeded: false })).toEqual({
      ok: false,
      refused: 'notCounsellor',
      values: undefined,
    });
  });

  it('lists a day per counsellor with free times and flags bookings in closed times; viewing it is audited', async () => {
    const { db } = ctx();
    const day = addDays(today(), 3);
    const other = await actorFor(db, ['counsellor']);
    const b = await booking(cityWallTime(day, '09:00'), { counsellorId: other.id });
    const free = await db.consultationSlot.create({
      data: { counsellorId: other.id, centerId, startsAt: cityWallTime(day, '15:00'), endsAt: cityWallTime(day, '16:00'), capacity: 2, booked: 0, channels: ['VISIT'], topics: [], languages: ['ko'] },
    });
    await db.consultationSlot.update({ where: { id: b.slotId }, data: { closed: true } });
    const before = await db.auditLog.count({ where: { action: 'view', actorId: supervisor.id } });

    // A counsellor sees a colleague's free times, never the colleague's residents.
    const own = await dayList(counsellor, { day, counsellorId: other.id });
    expect(own.flatMap((d) => d.bookings)).toEqual([]);
    expect(own[0]!.freeSlots).toEqual([expect.objectContaining({ id: free.id })]);

    const list = await dayList(supervisor, { day, counsellorId: other.id });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ counsellorId: other.id, name: other.name });
    expect(list[0]!.bookings).toEqual([
      expect.objectContaining({
        id: b.bookingId,
        status: 'BOOKED',
        language: 'vi',
        phone: b.phone,
        caseId: b.caseId,
        slotClosed: true,
        walkIn: false,
        topic: expect.objectContaining({ text: 'Daily life' }),
      }),
    ]);
    expect(list[0]!.freeSlots).toEqual([expect.objectContaining({ id: free.id, capacity: 2, booked: 0 })]);
    expect(await db.auditLog.count({ where: { action: 'view', actorId: supervisor.id } })).toBe(before + 1);
    // Another day is another list.
    expect(await dayList(supervisor, { day: addDays(day, 1), counsellorId: other.id })).toEqual([]);
  });

  it('refuses to set a slot’s seats below those booked', async () => {
    const { db } = ctx();
    const b = await booking(cityWallTime(addDays(today(), 4), '10:00'), { capacity: 3, booked: 2 });
    expect(await setSlotCapacity(supervisor, b.slotId, 1)).toEqual({ ok: false, refused: 'belowBooked', values: { booked: 2 } });
    expect(await setSlotCapacity(supervisor, b.slotId, 0)).toMatchObject({ ok: false, invalid: expect.anything() });
    expect(await setSlotCapacity(supervisor, b.slotId, 2)).toEqual({ ok: true });
    expect((await db.consultationSlot.findUniqueOrThrow({ where: { id: b.slotId } })).capacity).toBe(2);
    // The database refuses it too, whatever code path tries.
    await expect(db.consultationSlot.update({ where: { id: b.slotId }, data: { capacity: 1 } })).rejects.toThrow();
  });

  it('makes a new weekly block bookable at once, and removing it keeps only the booked times', async () => {
    const { db } = ctx();
    const person = await actorFor(db, ['counsellor']);
    const day = addDays(today(), 5);
    const invalidBlock = await addScheduleBlock(supervisor, {
      counsellorId: person.id,
      centerId,
      weekday: weekdayOf(day),
      startTime: '12:00',
      endTime: '10:00',
      slotMinutes: 60,
      capacity: 1,
      channels: [],
    });
    expect(invalidBlock.ok).toBe(false);
    if (!invalidBlock.ok && 'invalid' in invalidBlock) {
      expect(invalidBlock.invalid.issues.map((i) => [i.path[0], i.message])).toEqual([
        ['channels', 'channels'],
        ['endTime', 'endAfterStart'],
      ]);
    }
    const added = await addScheduleBlock(supervisor, {
      counsellorId: person.id,
      centerId,
      weekday: String(weekdayOf(day)),
      startTime: '09:00',
      endTime: '11:00',
      slotMinutes: '30',
      capacity: '2',
      channels: ['VISIT', 'VIDEO'],
      topics: ['daily-life'],
      interpreterLanguages: ['ur', 'klingon'],
    });
    if (!added.ok) throw new Error(JSON.stringify(added));
    const slots = await db.consultationSlot.findMany({
      where: { scheduleId: added.id, startsAt: { gte: cityWallTime(day, '00:00'), lt: cityWallTime(addDays(day, 1), '00:00') } },
      orderBy: { startsAt: 'asc' },
    });
    expect(slots.map((s) => [s.startsAt.getTime(), s.capacity])).toEqual(['09:00', '09:30', '10:00', '10:30'].map((t) => [cityWallTime(day, t).getTime(), 2]));
    expect(slots[0]!.languages).toEqual(['ko', 'vi', 'ur']);
    const offered = await openSlots(db, defaultRules, { topicSlug: 'daily-life', language: 'ur', channel: 'VIDEO' });
    expect(offered.map((s) => s.id)).toContain(slots[0]!.id);
    expect((await listSchedules(supervisor)).find((c) => c.id === person.id)?.blocks).toEqual([
      expect.objectContaining({ id: added.id, startTime: '09:00', endTime: '11:00', slotMinutes: 30, capacity: 2, interpreterLanguages: ['ur'], topics: ['daily-life'] }),
    ]);

    await db.consultationSlot.update({ where: { id: slots[1]!.id }, data: { booked: 1 } });
    expect(await removeScheduleBlock(supervisor, added.id)).toMatchObject({ ok: true });
    const left = await db.consultationSlot.findMany({ where: { scheduleId: added.id } });
    expect(left.map((s) => s.id)).toEqual([slots[1]!.id]);
    expect(await removeScheduleBlock(supervisor, added.id)).toMatchObject({ ok: false, refused: 'notFound' });
    expect(await db.auditLog.count({ where: { entity: 'CounsellorSchedule', entityId: added.id, action: 'change' } })).toBe(2);
  });

  it('closes the days of a closure so they are not offered, and reopens them when it is removed', async () => {
    const { db } = ctx();
    const person = await actorFor(db, ['counsellor']);
    const day = addDays(today(), 6);
    const added = await addScheduleBlock(supervisor, {
      counsellorId: person.id,
      centerId,
      weekday: weekdayOf(day),
      startTime: '10:00',
      endTime: '11:00',
      slotMinutes: 60,
      capacity: 1,
      channels: ['PHONE'],
    });
    if (!added.ok) throw new Error(JSON.stringify(added));
    const slot = await db.consultationSlot.findFirstOrThrow({ where: { scheduleId: added.id, startsAt: cityWallTime(day, '10:00') } });
    const wish = { topicSlug: 'daily-life', language: 'vi', channel: 'PHONE' as const };
    expect((await openSlots(db, defaultRules, wish)).map((s) => s.id)).toContain(slot.id);

    expect(await addClosure(supervisor, { startsOn: day, endsOn: addDays(day, -1), reason: 'Backwards' })).toMatchObject({ ok: false, invalid: expect.anything() });
    expect(await addClosure(supervisor, { startsOn: '2026-02-30', endsOn: day, reason: 'Not a day' })).toMatchObject({ ok: false, invalid: expect.anything() });
    const closure = await addClosure(supervisor, { startsOn: day, endsOn: day, counsellorId: person.id, reason: 'Training' });
    if (!closure.ok) throw new Error(JSON.stringify(closure));
    expect((await db.consultationSlot.findUniqueOrThrow({ where: { id: slot.id } })).closed).toBe(true);
    expect((await openSlots(db, defaultRules, wish)).map((s) => s.id)).not.toContain(slot.id);

    expect(await removeClosure(supervisor, closure.id)).toEqual({ ok: true });
    expect((await db.consultationSlot.findUniqueOrThrow({ where: { id: slot.id } })).closed).toBe(false);
    expect((await openSlots(db, defaultRules, wish)).map((s) => s.id)).toContain(slot.id);
  });

  it('cancels on behalf of staff only with a reason, which goes on the timeline', async () => {
    const { db } = ctx();
    const b = await booking(cityWallTime(addDays(today(), 2), '15:00'));
    expect(await staffCancel(counsellor, { bookingId: b.bookingId, reason: ' ' })).toMatchObject({ ok: false, invalid: expect.anything() });
    expect(await staffCancel(counsellor, { bookingId: b.bookingId, reason: 'Counsellor ill' })).toEqual({ ok: true });
    expect(await db.consultationBooking.findUniqueOrThrow({ where: { id: b.bookingId } })).toMatchObject({ status: 'CANCELLED' });
    expect((await db.consultationSlot.findUniqueOrThrow({ where: { id: b.slotId } })).booked).toBe(0);
    expect((await events(b.caseId)).at(-1)).toMatchObject({ type: 'cancelled', actorId: counsellor.id, note: 'Counsellor ill' });
    expect(await staffCancel(counsellor, { bookingId: b.bookingId, reason: 'again' })).toEqual({ ok: false, refused: 'notBooked', values: undefined });
  });

  it('gives each role only its part: counsellors do not plan weeks, caseworkers do not see the day list', async () => {
    const { db } = ctx();
    const administrator = await actorFor(db, ['administrator']);
    const block = { counsellorId: counsellor.id, centerId, weekday: 1, startTime: '09:00', endTime: '10:00', slotMinutes: 60, capacity: 1, channels: ['VISIT' as const] };
    await expect(addScheduleBlock(counsellor, block)).rejects.toThrow(AccessDenied);
    await expect(addClosure(counsellor, { startsOn: today(), endsOn: today(), reason: 'x' })).rejects.toThrow(AccessDenied);
    await expect(setSlotCapacity(counsellor, 'any', 2)).rejects.toThrow(AccessDenied);
    await expect(dayList(caseworker, { day: today() })).rejects.toThrow(AccessDenied);
    await expect(checkIn(caseworker, 'any')).rejects.toThrow(AccessDenied);
    // Administrators run the consultation day too (decision 011).
    expect(await registerWalkIn(administrator, { counsellorId: counsellor.id, topicId: topic.id, language: 'ko', name: 'A', problem: 'B', interpreterNeeded: false })).toMatchObject({ ok: true });
    await expect(listSchedules(administrator)).resolves.toBeInstanceOf(Array);

    // Case pages: the assignee and consultation staff may read a consultation case; a caseworker may not.
    const b = await booking(cityWallTime(addDays(today(), 7), '10:00'));
    expect((await caseForStaff(counsellor, b.caseId)).kind).toBe('found');
    expect((await caseForStaff(caseworker, b.caseId)).kind).toBe('denied');
    expect((await caseForStaff(supervisor, b.caseId)).kind).toBe('found');
    expect((await caseForStaff(supervisor, 'no-such-case')).kind).toBe('missing');
  });
});
