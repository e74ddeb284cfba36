import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { NOW, cityDaysFrom, createCounsellor, createDraft, createSlot, createTopic, createWorld, detailsValues } from '../support/consultations';
import type { Db } from '@/lib/db/client';
import { confirmDraft, type ConfirmResult } from '@/lib/consultations/booking';
import { cancelBooking, rescheduleBooking } from '@/lib/consultations/changes';
import { CODE_ATTEMPTS, CODE_LIFETIME_MS, startChallenge, verifyChallenge } from '@/lib/consultations/access-codes';
import { bookingFromToken } from '@/lib/consultations/queries';
import { manageToken, readManageToken } from '@/lib/consultations/tokens';
import { replaceManageLink } from '@/lib/consultations/new-link';
import { addDays, cityWallTime, formatCityDate } from '@/lib/time/seoul';

const TOMORROW = cityDaysFrom(NOW, 1, '10:00');
const day = 86_400_000;

function bookedId(result: ConfirmResult): string {
  expect(result).toMatchObject({ kind: 'booked' });
  return (result as Extract<ConfirmResult, { kind: 'booked' }>).bookingId;
}

/** The .ics as one line per property (RFC 5545 folds long lines). */
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '').replace(/\r\n/g, '\n');
const icsOf = (message: { attachments: unknown }) => {
  const files = message.attachments as { filename: string; contentType: string; content: string }[];
  expect(files).toHaveLength(1);
  expect(files[0]!.filename).toMatch(/\.ics$/);
  return unfold(files[0]!.content);
};
const icsField = (ics: string, name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(ics)?.[1];

async function messagesOf(db: Db, caseId: string, template?: string) {
  return db.outboxMessage.findMany({ where: { caseId, ...(template ? { template } : {}) }, orderBy: { createdAt: 'asc' } });
}

describeEachDatabase('consultation booking rules', (ctx) => {
  it('refuses a slot later today (too_soon) and books tomorrow with the default day of notice', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const today = await world.slot(cityDaysFrom(NOW, 0, '15:00'));
    expect(await confirmDraft(db, await world.draft(today.id), NOW)).toEqual({ kind: 'unavailable', reason: 'too_soon' });
    // Tomorrow at 09:00 is bookable at 23:30 tonight: notice counts in city days, not hours.
    const tomorrow = await world.slot(cityDaysFrom(NOW, 1, '09:00'));
    const lateTonight = cityDaysFrom(NOW, 0, '23:30');
    bookedId(await confirmDraft(db, await world.draft(tomorrow.id, { now: lateTonight }), lateTonight));
    expect((await db.consultationSlot.findUniqueOrThrow({ where: { id: today.id } })).booked).toBe(0);
  });

  it('books up to 28 days ahead and refuses day 29 (too_late)', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const day29 = await world.slot(cityDaysFrom(NOW, 29, '09:00'));
    expect(await confirmDraft(db, await world.draft(day29.id), NOW)).toEqual({ kind: 'unavailable', reason: 'too_late' });
    const day28 = await world.slot(cityDaysFrom(NOW, 28, '17:00'));
    bookedId(await confirmDraft(db, await world.draft(day28.id), NOW));
  });

  it('refuses a slot whose time has passed, even for a topic that takes same-day bookings', async () => {
    const { db } = ctx();
    const world = await createWorld(db, { minNoticeDays: 0 });
    const earlier = await world.slot(cityDaysFrom(NOW, 0, '09:00'));
    expect(await confirmDraft(db, await world.draft(earlier.id), NOW)).toEqual({ kind: 'unavailable', reason: 'too_soon' });
    const yesterday = await world.slot(cityDaysFrom(NOW, -1, '15:00'));
    expect(await confirmDraft(db, await world.draft(yesterday.id), NOW)).toEqual({ kind: 'unavailable', reason: 'too_soon' });
    const later = await world.slot(cityDaysFrom(NOW, 0, '15:00'));
    bookedId(await confirmDraft(db, await world.draft(later.id), NOW));
  });

  it('lets the resident reschedule and cancel on the day before, not on the day itself (deadline_passed)', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const [first, second, third] = await Promise.all([world.slot(cityDaysFrom(NOW, 4, '10:00')), world.slot(cityDaysFrom(NOW, 5, '10:00')), world.slot(cityDaysFrom(NOW, 6, '10:00'))]);
    const bookingId = bookedId(await confirmDraft(db, await world.draft(first!.id), NOW));

    // The day before the appointment (day 4), at 23:59: still allowed.
    const dayBefore = cityDaysFrom(NOW, 3, '23:59');
    expect(await rescheduleBooking(db, bookingId, second!.id, dayBefore)).toEqual({ kind: 'rescheduled' });

    // On the new appointment's day (day 5), at one minute past midnight: no more online changes.
    const onTheDay = cityDaysFrom(NOW, 5, '00:01');
    expect(await rescheduleBooking(db, bookingId, third!.id, onTheDay)).toEqual({ kind: 'not_allowed', reason: 'deadline_passed' });
    expect(await cancelBooking(db, bookingId, { now: onTheDay })).toEqual({ kind: 'not_allowed', reason: 'deadline_passed' });
    const booking = await db.consultationBooking.findUniqueOrThrow({ where: { id: bookingId } });
    expect(booking).toMatchObject({ status: 'BOOKED', slotId: second!.id });

    // Staff may still cancel (a counsellor fell ill).
    const staff = await createCounsellor(db);
    expect(await cancelBooking(db, bookingId, { now: onTheDay, byStaff: { staffId: staff.id, reason: 'Counsellor ill' } })).toEqual({ kind: 'cancelled' });
  });

  it('cancels on the day before', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const slot = await world.slot(cityDaysFrom(NOW, 3, '10:00'));
    const bookingId = bookedId(await confirmDraft(db, await world.draft(slot.id), NOW));
    expect(await cancelBooking(db, bookingId, { now: cityDaysFrom(NOW, 2, '18:00') })).toEqual({ kind: 'cancelled' });
  });

  it('allows two reschedules and refuses the third (reschedule_limit)', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const slots = await Promise.all([2, 3, 4, 5].map((n) => world.slot(cityDaysFrom(NOW, n, '10:00'))));
    const bookingId = bookedId(await confirmDraft(db, await world.draft(slots[0]!.id), NOW));
    expect(await rescheduleBooking(db, bookingId, slots[1]!.id, NOW)).toEqual({ kind: 'rescheduled' });
    expect(await rescheduleBooking(db, bookingId, slots[2]!.id, NOW)).toEqual({ kind: 'rescheduled' });
    expect(await rescheduleBooking(db, bookingId, slots[3]!.id, NOW)).toEqual({ kind: 'not_allowed', reason: 'reschedule_limit' });
    const after = await db.consultationSlot.findMany({ where: { id: { in: slots.map((s) => s.id) } } });
    expect(Object.fromEntries(after.map((s) => [s.id, s.booked]))).toEqual({ [slots[0]!.id]: 0, [slots[1]!.id]: 0, [slots[2]!.id]: 1, [slots[3]!.id]: 0 });
  });

  it('keeps one active booking per topic per email: another topic is fine', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const otherTopic = await createTopic(db);
    const slot = await world.slot(TOMORROW, { capacity: 5 });
    const email = 'Hoa.Tran@Example.VN';
    bookedId(await confirmDraft(db, await world.draft(slot.id, { values: detailsValues({ email }) }), NOW));
    // Same person, same topic, typed in lower case this time.
    expect(await confirmDraft(db, await world.draft(slot.id, { values: detailsValues({ email: email.toLowerCase() }) }), NOW)).toEqual({ kind: 'already_booked' });
    const other = await createDraft(db, { topicId: otherTopic.id, slotId: slot.id, values: detailsValues({ email }) });
    bookedId(await confirmDraft(db, other, NOW));
    // The refused attempt gave its seat back.
    expect((await db.consultationSlot.findUniqueOrThrow({ where: { id: slot.id } })).booked).toBe(2);
  });

  it('recognises the same phone number however it was typed', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const slot = await world.slot(TOMORROW, { capacity: 5 });
    bookedId(await confirmDraft(db, await world.draft(slot.id, { values: detailsValues({ email: '', phone: '010-1234-5678' }) }), NOW));
    const again = await world.draft(slot.id, { values: detailsValues({ email: 'someone.else@example.org', phone: '+82 10 1234 5678' }) });
    expect(await confirmDraft(db, again, NOW)).toEqual({ kind: 'already_booked' });
  });

  it('does not confirm a phone consultation whose draft has no phone, and leaves the seat free', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const slot = await world.slot(TOMORROW);
    expect(await confirmDraft(db, await world.draft(slot.id, { channel: 'PHONE', values: detailsValues({ phone: '' }) }), NOW)).toEqual({ kind: 'incomplete' });
    expect((await db.consultationSlot.findUniqueOrThrow({ where: { id: slot.id } })).booked).toBe(0);
    const booked = bookedId(await confirmDraft(db, await world.draft(slot.id, { channel: 'PHONE', values: detailsValues({ phone: '010-2222-3333' }) }), NOW));
    expect(await db.consultationBooking.findUniqueOrThrow({ where: { id: booked } })).toMatchObject({ channel: 'PHONE', phone: '+821022223333' });
  });

  it('stores a name and problem typed with NUL bytes and a bidirectional override cleaned, on either database', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const slot = await world.slot(TOMORROW);
    const values = detailsValues({ name: 'Nguy\u0000ễn\u202E Văn An', problem: 'Wages\u0000 unpaid\r\nsince March' });
    const booked = bookedId(await confirmDraft(db, await world.draft(slot.id, { values }), NOW));
    expect(await db.consultationBooking.findUniqueOrThrow({ where: { id: booked }, select: { name: true, problem: true } })).toEqual({ name: 'Nguyễn Văn An', problem: 'Wages unpaid\nsince March' });
  });

  it('lets the contact book again after cancelling', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const slot = await world.slot(cityDaysFrom(NOW, 3, '10:00'), { capacity: 5 });
    const values = detailsValues();
    const first = bookedId(await confirmDraft(db, await world.draft(slot.id, { values }), NOW));
    expect(await cancelBooking(db, first, { now: NOW })).toEqual({ kind: 'cancelled' });
    const second = bookedId(await confirmDraft(db, await world.draft(slot.id, { values }), NOW));
    expect(second).not.toBe(first);
  });

  it('does not let a booking whose time has passed block a new one', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const values = detailsValues({ phone: '010-5555-1234' });
    const past = await world.slot(TOMORROW);
    bookedId(await confirmDraft(db, await world.draft(past.id, { values }), NOW));
    // Three days later the first appointment is over; the same person books again.
    const later = cityDaysFrom(NOW, 3, '10:00');
    const next = await world.slot(cityDaysFrom(NOW, 5, '10:00'));
    bookedId(await confirmDraft(db, await world.draft(next.id, { values, now: later }), later));
  });

  it('fills a slot with capacity 2, then answers full', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const slot = await world.slot(TOMORROW, { capacity: 2 });
    bookedId(await confirmDraft(db, await world.draft(slot.id), NOW));
    bookedId(await confirmDraft(db, await world.draft(slot.id), NOW));
    expect(await confirmDraft(db, await world.draft(slot.id), NOW)).toEqual({ kind: 'full' });
    expect((await db.consultationSlot.findUniqueOrThrow({ where: { id: slot.id } })).booked).toBe(2);
  });

  it('books another counsellor free at the same time and centre when the chosen one is full', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const colleague = await createCounsellor(db);
    const chosen = await world.slot(TOMORROW, { capacity: 1 });
    const equivalent = await createSlot(db, { counsellorId: colleague.id, centerId: world.centre.id, startsAt: TOMORROW, capacity: 1 });
    // The resident picked the time while the first counsellor was free; someone took the seat since.
    const draft = await world.draft(chosen.id);
    bookedId(await confirmDraft(db, await world.draft(chosen.id), NOW));
    const bookingId = bookedId(await confirmDraft(db, draft, NOW));
    const booking = await db.consultationBooking.findUniqueOrThrow({ where: { id: bookingId }, include: { case: true } });
    expect(booking).toMatchObject({ slotId: equivalent.id, counsellorId: colleague.id, startsAt: TOMORROW });
    expect(booking.case.assigneeId).toBe(colleague.id);
    expect(await confirmDraft(db, await world.draft(chosen.id), NOW)).toEqual({ kind: 'full' });
  });
});

describeEachDatabase('consultation booking: idempotency and seats', (ctx) => {
  it('confirms a draft once: a repeat returns the same booking, one case, one confirmation', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const slot = await world.slot(TOMORROW, { capacity: 3 });
    const values = detailsValues();
    const draft = await world.draft(slot.id, { values });
    const first = await confirmDraft(db, draft, NOW);
    const again = await confirmDraft(db, draft, NOW);
    expect(first).toMatchObject({ kind: 'booked', repeated: false });
    expect(again).toEqual({ ...first, repeated: true });
    const booking = await db.consultationBooking.findUniqueOrThrow({ where: { id: bookedId(first) }, include: { case: true } });
    expect(await db.consultationBooking.count({ where: { draftId: draft } })).toBe(1);
    expect(await db.case.count({ where: { residentId: booking.case.residentId } })).toBe(1);
    const messages = await db.outboxMessage.findMany({ where: { to: values.email!.toLowerCase() } });
    expect(messages.map((m) => m.template)).toEqual(['consultationBooked']);
    expect((await db.consultationSlot.findUniqueOrThrow({ where: { id: slot.id } })).booked).toBe(1);
  });

  it('makes one booking from ten simultaneous confirmations of the same draft, even for the last seat', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const slot = await world.slot(TOMORROW, { capacity: 1 });
    const values = detailsValues();
    const draft = await world.draft(slot.id, { values });
    const results = await Promise.all(Array.from({ length: 10 }, () => confirmDraft(db, draft, NOW)));
    const ids = new Set(results.map(bookedId));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.kind === 'booked' && !r.repeated)).toHaveLength(1);
    expect(await db.consultationBooking.count({ where: { draftId: draft } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { to: values.email!.toLowerCase() } })).toBe(1);
    expect((await db.consultationSlot.findUniqueOrThrow({ where: { id: slot.id } })).booked).toBe(1);
  });

  it('makes one booking from ten simultaneous confirmations of the same draft when seats are plenty', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const slot = await world.slot(TOMORROW, { capacity: 10 });
    const draft = await world.draft(slot.id);
    const results = await Promise.all(Array.from({ length: 10 }, () => confirmDraft(db, draft, NOW)));
    expect(new Set(results.map(bookedId)).size).toBe(1);
    expect(await db.consultationBooking.count({ where: { draftId: draft } })).toBe(1);
    expect((await db.consultationSlot.findUniqueOrThrow({ where: { id: slot.id } })).booked).toBe(1);
  });

  it('books two topics at once for a new email address without tripping over the new resident record', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const otherTopic = await createTopic(db);
    const slot = await world.slot(TOMORROW, { capacity: 10 });
    const values = detailsValues();
    const drafts = await Promise.all([world.draft(slot.id, { values }), createDraft(db, { topicId: otherTopic.id, slotId: slot.id, values })]);
    const results = await Promise.all(drafts.map((draft) => confirmDraft(db, draft, NOW)));
    results.forEach(bookedId);
    const bookings = await db.consultationBooking.findMany({ where: { draftId: { in: drafts } }, include: { case: true } });
    expect(new Set(bookings.map((b) => b.case.residentId)).size).toBe(1);
    expect(await db.resident.count({ where: { email: values.email } })).toBe(1);
  });

  it('gives exactly three of thirty simultaneous bookings the three seats', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const slot = await world.slot(TOMORROW, { capacity: 3 });
    const drafts = await Promise.all(Array.from({ length: 30 }, () => world.draft(slot.id)));
    const results = await Promise.all(drafts.map((draft) => confirmDraft(db, draft, NOW)));
    expect(results.filter((r) => r.kind === 'booked')).toHaveLength(3);
    expect(results.filter((r) => r.kind === 'full')).toHaveLength(27);
    expect((await db.consultationSlot.findUniqueOrThrow({ where: { id: slot.id } })).booked).toBe(3);
    expect(await db.consultationBooking.count({ where: { slotId: slot.id } })).toBe(3);
    // Nothing of the 27 refused attempts is left behind: no case, no message.
    const bookings = await db.consultationBooking.findMany({ where: { slotId: slot.id }, select: { caseId: true } });
    expect(await db.outboxMessage.count({ where: { caseId: { in: bookings.map((b) => b.caseId) } } })).toBe(3);
    expect(await db.case.count({ where: { booking: { slotId: slot.id } } })).toBe(3);
    expect(await db.case.count({ where: { serviceId: world.topic.serviceId } })).toBe(3);
  });

  it('has the database refuse more bookings than seats, or fewer than none, whatever the code does', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const slot = await world.slot(TOMORROW, { capacity: 2, booked: 2 });
    await expect(db.$executeRaw`UPDATE "ConsultationSlot" SET "booked" = "capacity" + 1 WHERE "id" = ${slot.id}`).rejects.toThrow(/check|constraint/i);
    await expect(db.$executeRaw`UPDATE "ConsultationSlot" SET "booked" = -1 WHERE "id" = ${slot.id}`).rejects.toThrow(/check|constraint/i);
    expect(await db.$executeRaw`UPDATE "ConsultationSlot" SET "booked" = 1 WHERE "id" = ${slot.id}`).toBe(1);
  });
});

describeEachDatabase('consultation booking: rescheduling and cancelling', (ctx) => {
  it('moves the seat, bumps the calendar sequence and sends an .ics that replaces the first', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const from = await world.slot(cityDaysFrom(NOW, 2, '10:00'), { capacity: 2 });
    const to = await world.slot(cityDaysFrom(NOW, 6, '14:00'), { capacity: 2 });
    const bookingId = bookedId(await confirmDraft(db, await world.draft(from.id), NOW));
    const before = await db.consultationBooking.findUniqueOrThrow({ where: { id: bookingId } });

    expect(await rescheduleBooking(db, bookingId, to.id, NOW)).toEqual({ kind: 'rescheduled' });

    expect((await db.consultationSlot.findUniqueOrThrow({ where: { id: from.id } })).booked).toBe(0);
    expect((await db.consultationSlot.findUniqueOrThrow({ where: { id: to.id } })).booked).toBe(1);
    const after = await db.consultationBooking.findUniqueOrThrow({ where: { id: bookingId } });
    expect(after).toMatchObject({ slotId: to.id, startsAt: to.startsAt, endsAt: to.endsAt, reschedules: 1, calendarSequence: before.calendarSequence + 1 });

    const [booked, rescheduled] = await messagesOf(db, before.caseId);
    expect([booked?.template, rescheduled?.template]).toEqual(['consultationBooked', 'consultationRescheduled']);
    const first = icsOf(booked!);
    const second = icsOf(rescheduled!);
    expect(icsField(second, 'UID')).toBe(icsField(first, 'UID'));
    expect(Number(icsField(second, 'SEQUENCE'))).toBeGreaterThan(Number(icsField(first, 'SEQUENCE')));
    expect(icsField(second, 'DTSTART')).toBe(
      to.startsAt
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, ''),
    );
    expect(icsField(second, 'METHOD')).toBe('PUBLISH');
    const events = await db.caseEvent.findMany({ where: { caseId: before.caseId }, orderBy: { createdAt: 'asc' } });
    expect(events.map((e) => e.type)).toEqual(['booked', 'rescheduled']);
  });

  it('refuses to move to a full slot and leaves everything as it was', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const from = await world.slot(cityDaysFrom(NOW, 2, '10:00'));
    const full = await world.slot(cityDaysFrom(NOW, 3, '10:00'), { capacity: 1, booked: 1 });
    const bookingId = bookedId(await confirmDraft(db, await world.draft(from.id), NOW));
    expect(await rescheduleBooking(db, bookingId, full.id, NOW)).toEqual({ kind: 'full' });
    expect((await db.consultationSlot.findUniqueOrThrow({ where: { id: from.id } })).booked).toBe(1);
    expect(await db.consultationBooking.findUniqueOrThrow({ where: { id: bookingId } })).toMatchObject({ slotId: from.id, reschedules: 0, calendarSequence: 0 });
  });

  it('books or moves only to a slot that serves the topic, language and channel, whatever id the form sent', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const otherTopicOnly = await world.slot(cityDaysFrom(NOW, 2, '09:00'), { topics: ['some-other-topic'] });
    const koreanOnly = await world.slot(cityDaysFrom(NOW, 2, '10:00'), { languages: ['ko'] });
    const visitOnly = await world.slot(cityDaysFrom(NOW, 2, '11:00'), { channels: ['VISIT'] });
    const unavailable = { kind: 'unavailable', reason: 'gone' };
    expect(await confirmDraft(db, await world.draft(otherTopicOnly.id), NOW)).toEqual(unavailable);
    expect(await confirmDraft(db, await world.draft(koreanOnly.id, { language: 'vi' }), NOW)).toEqual(unavailable);
    expect(await confirmDraft(db, await world.draft(visitOnly.id, { channel: 'VIDEO' }), NOW)).toEqual(unavailable);

    const fits = await world.slot(cityDaysFrom(NOW, 3, '10:00'), { topics: [world.topic.slug] });
    const bookingId = bookedId(await confirmDraft(db, await world.draft(fits.id, { language: 'vi', channel: 'VIDEO' }), NOW));
    expect(await rescheduleBooking(db, bookingId, koreanOnly.id, NOW)).toEqual(unavailable);
    expect(await rescheduleBooking(db, bookingId, visitOnly.id, NOW)).toEqual(unavailable);
    const slots = await db.consultationSlot.findMany({ where: { id: { in: [otherTopicOnly.id, koreanOnly.id, visitOnly.id] } } });
    expect(slots.map((s) => s.booked)).toEqual([0, 0, 0]);
  });

  it('keeps the seat counts right when a reschedule and a cancellation of one booking race', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    // The cancellation starts a little later each round, so some rounds read the booking before
    // the reschedule commits and change it after.
    for (let round = 0; round < 12; round++) {
      const from = await world.slot(cityDaysFrom(NOW, 2 + round, '09:00'), { capacity: 3 });
      const to = await world.slot(cityDaysFrom(NOW, 2 + round, '15:00'), { capacity: 3 });
      const bookingId = bookedId(await confirmDraft(db, await world.draft(from.id), NOW));
      const later = new Promise((resolve) => setTimeout(resolve, round * 2));
      const [moved, cancelled] = await Promise.all([rescheduleBooking(db, bookingId, to.id, NOW), later.then(() => cancelBooking(db, bookingId, { now: NOW }))]);
      expect(cancelled).toEqual({ kind: 'cancelled' });
      expect(['rescheduled', 'not_allowed']).toContain(moved.kind);
      const seats = await db.consultationSlot.findMany({ where: { id: { in: [from.id, to.id] } } });
      expect(seats.map((s) => s.booked)).toEqual([0, 0]);
    }
  });

  it('gives a seat back once when the same booking is cancelled twice at the same moment', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const slot = await world.slot(cityDaysFrom(NOW, 2, '10:00'), { capacity: 3 });
    const mine = bookedId(await confirmDraft(db, await world.draft(slot.id), NOW));
    bookedId(await confirmDraft(db, await world.draft(slot.id), NOW));
    const results = await Promise.all([cancelBooking(db, mine, { now: NOW }), cancelBooking(db, mine, { now: NOW })]);
    expect(results.map((r) => r.kind).sort()).toEqual(['cancelled', 'not_allowed']);
    expect((await db.consultationSlot.findUniqueOrThrow({ where: { id: slot.id } })).booked).toBe(1);
    const booking = await db.consultationBooking.findUniqueOrThrow({ where: { id: mine } });
    expect(await db.outboxMessage.count({ where: { caseId: booking.caseId, template: 'consultationCancelled' } })).toBe(1);
  });

  it('cancels: frees the seat, closes the case with a timeline event and sends an .ics that removes the event', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const slot = await world.slot(cityDaysFrom(NOW, 2, '10:00'), { capacity: 1 });
    const bookingId = bookedId(await confirmDraft(db, await world.draft(slot.id), NOW));
    const booking = await db.consultationBooking.findUniqueOrThrow({ where: { id: bookingId } });

    expect(await cancelBooking(db, bookingId, { now: NOW })).toEqual({ kind: 'cancelled' });
    expect(await cancelBooking(db, bookingId, { now: NOW })).toEqual({ kind: 'not_allowed', reason: 'not_active' });

    expect((await db.consultationSlot.findUniqueOrThrow({ where: { id: slot.id } })).booked).toBe(0);
    expect(await db.consultationBooking.findUniqueOrThrow({ where: { id: bookingId } })).toMatchObject({ status: 'CANCELLED', cancelledAt: NOW, activeEmailKey: null });
    expect(await db.case.findUniqueOrThrow({ where: { id: booking.caseId } })).toMatchObject({ status: 'CANCELLED', closedAt: NOW });
    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: booking.caseId, type: 'cancelled' } });
    expect(event).toMatchObject({ fromStatus: 'SCHEDULED', toStatus: 'CANCELLED' });

    const [booked, cancelled, ...rest] = await messagesOf(db, booking.caseId);
    expect(rest).toEqual([]);
    expect(cancelled?.template).toBe('consultationCancelled');
    const ics = icsOf(cancelled!);
    expect(icsField(ics, 'METHOD')).toBe('CANCEL');
    expect(icsField(ics, 'STATUS')).toBe('CANCELLED');
    expect(icsField(ics, 'UID')).toBe(icsField(icsOf(booked!), 'UID'));
    expect(Number(icsField(ics, 'SEQUENCE'))).toBeGreaterThan(Number(icsField(icsOf(booked!), 'SEQUENCE')));

    // The freed seat can be booked by someone else.
    bookedId(await confirmDraft(db, await world.draft(slot.id), NOW));
  });
});

describeEachDatabase('consultation booking: manage links and access codes', (ctx) => {
  async function booked(db: Db, values = detailsValues()) {
    const world = await createWorld(db);
    const slot = await world.slot(TOMORROW, { capacity: 2 });
    const bookingId = bookedId(await confirmDraft(db, await world.draft(slot.id, { values }), NOW));
    return db.consultationBooking.findUniqueOrThrow({ where: { id: bookingId }, include: { case: true } });
  }

  it('opens a booking from its own link only: not a changed token, another id, or a revoked version', async () => {
    const { db } = ctx();
    const booking = await booked(db);
    const other = await booked(db);
    const token = manageToken(booking);
    expect(readManageToken(token)).toEqual({ bookingId: booking.id, linkVersion: booking.linkVersion });
    expect(await bookingFromToken(token, 'en', NOW)).toMatchObject({ kind: 'ok', booking: { id: booking.id } });

    const mac = token.split('.')[2]!;
    const changed = `${token.slice(0, -5)}${token.at(-5) === 'A' ? 'B' : 'A'}${token.slice(-4)}`;
    expect(readManageToken(changed)).toBeNull();
    expect(await bookingFromToken(changed, 'en', NOW)).toEqual({ kind: 'invalid' });
    expect(readManageToken(`${other.id}.${booking.linkVersion}.${mac}`)).toBeNull();
    expect(readManageToken(`${booking.id}.${booking.linkVersion + 1}.${mac}`)).toBeNull();

    await db.consultationBooking.update({ where: { id: booking.id }, data: { linkVersion: { increment: 1 } } });
    expect(await bookingFromToken(token, 'en', NOW)).toEqual({ kind: 'invalid' });
    const fresh = manageToken({ id: booking.id, linkVersion: booking.linkVersion + 1 });
    expect(await bookingFromToken(fresh, 'en', NOW)).toMatchObject({ kind: 'ok' });
  });

  it('replaces a leaked link on request: the old one stops working, the new one goes to the booking’s own email only, once for two presses', async () => {
    const { db } = ctx();
    const booking = await booked(db);
    const oldToken = manageToken(booking);
    const before = await messagesOf(db, booking.caseId, 'consultationBooked');

    const [first, second] = await Promise.all([replaceManageLink(db, booking.id, booking.linkVersion), replaceManageLink(db, booking.id, booking.linkVersion)]);
    expect([first.kind, second.kind].sort()).toEqual(['replaced', 'stale']);
    expect(await bookingFromToken(oldToken, 'en', NOW)).toEqual({ kind: 'invalid' });
    const fresh = manageToken({ id: booking.id, linkVersion: booking.linkVersion + 1 });
    expect(await bookingFromToken(fresh, 'en', NOW)).toMatchObject({ kind: 'ok', booking: { id: booking.id } });

    const sent = (await messagesOf(db, booking.caseId, 'consultationBooked')).slice(before.length);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe(booking.email);
    expect(sent[0]!.text).toContain(fresh);
    expect(sent[0]!.text).not.toContain(oldToken);
  });

  it('does not replace the link of a cancelled booking', async () => {
    const { db } = ctx();
    const booking = await booked(db);
    expect(await cancelBooking(db, booking.id, { now: NOW })).toMatchObject({ kind: 'cancelled' });
    expect(await replaceManageLink(db, booking.id, booking.linkVersion)).toEqual({ kind: 'stale' });
  });

  it('keeps the link working until 30 days after the appointment', async () => {
    const { db } = ctx();
    const booking = await booked(db);
    const token = manageToken(booking);
    const limit = booking.endsAt.getTime() + 30 * day;
    expect(await bookingFromToken(token, 'en', new Date(limit))).toMatchObject({ kind: 'ok' });
    expect(await bookingFromToken(token, 'en', new Date(limit + 60_000))).toEqual({ kind: 'expired' });
  });

  it('sends a code to the booking’s own email for its reference, and accepts it once', async () => {
    const { db } = ctx();
    const booking = await booked(db, detailsValues({ email: 'Minh.Le@Example.VN' }));
    // Typed in lower case with spaces: the reference is normalised.
    const challenge = await startChallenge(db, { reference: ` ${booking.case.reference.toLowerCase()} `, contact: ' MINH.LE@example.vn ' }, NOW);
    const message = await db.outboxMessage.findFirstOrThrow({ where: { template: 'consultationAccessCode', caseId: booking.caseId } });
    expect(message).toMatchObject({ channel: 'EMAIL', to: 'minh.le@example.vn' });
    const code = /\b(\d{6})\b/.exec(message.text)?.[1];
    expect(code).toBeDefined();
    expect(await verifyChallenge(db, challenge, code!, new Date(NOW.getTime() + 60_000))).toEqual({ kind: 'ok', bookingId: booking.id });
    expect(await verifyChallenge(db, challenge, code!, new Date(NOW.getTime() + 60_000))).toEqual({ kind: 'expired' });
  });

  it('confirms a booking made with a phone number only by text message, with the reference and the private link', async () => {
    const { db } = ctx();
    const booking = await booked(db, detailsValues({ email: '', phone: '010-4444-5555' }));
    const message = await db.outboxMessage.findFirstOrThrow({ where: { template: 'consultationBooked', caseId: booking.caseId } });
    expect(message).toMatchObject({ channel: 'SMS', to: '+821044445555', html: null });
    expect(message.attachments).toBeNull();
    expect(message.text).toContain(booking.case.reference);
    expect(message.text).toContain(`/consultations/manage/${manageToken(booking)}`);
  });

  it('sends the code by text message when the phone number is given, however typed', async () => {
    const { db } = ctx();
    const booking = await booked(db, detailsValues({ email: '', phone: '010-2222-3333' }));
    await startChallenge(db, { reference: booking.case.reference, contact: '+82 10 2222 3333' }, NOW);
    const message = await db.outboxMessage.findFirstOrThrow({ where: { template: 'consultationAccessCode', caseId: booking.caseId } });
    expect(message).toMatchObject({ channel: 'SMS', to: '+821022223333' });
  });

  it('answers a wrong reference or someone else’s contact like a wrong code, and sends nothing', async () => {
    const { db } = ctx();
    const booking = await booked(db);
    const someoneElse = await booked(db);
    const before = await db.outboxMessage.count({ where: { template: 'consultationAccessCode' } });
    const unknownReference = await startChallenge(db, { reference: 'CO-0000-0000', contact: booking.email! }, NOW);
    const otherContact = await startChallenge(db, { reference: booking.case.reference, contact: someoneElse.email! }, NOW);
    expect(await db.outboxMessage.count({ where: { template: 'consultationAccessCode' } })).toBe(before);
    for (const challenge of [unknownReference, otherContact]) {
      expect(challenge).toMatch(/^[A-Za-z0-9_-]{24}$/);
      for (const code of ['000000', '123456', '999999']) expect(await verifyChallenge(db, challenge, code, NOW)).toEqual({ kind: 'wrong' });
    }
    const right = await startChallenge(db, { reference: booking.case.reference, contact: booking.email! }, NOW);
    const code = /\b(\d{6})\b/.exec((await db.outboxMessage.findFirstOrThrow({ where: { template: 'consultationAccessCode', caseId: booking.caseId } })).text)![1]!;
    const wrong = code === '000000' ? '000001' : '000000';
    expect(await verifyChallenge(db, right, wrong, NOW)).toEqual({ kind: 'wrong' });
  });

  it('stops accepting even the right code after three wrong tries', async () => {
    const { db } = ctx();
    const booking = await booked(db);
    const challenge = await startChallenge(db, { reference: booking.case.reference, contact: booking.email! }, NOW);
    const code = /\b(\d{6})\b/.exec((await db.outboxMessage.findFirstOrThrow({ where: { template: 'consultationAccessCode', caseId: booking.caseId } })).text)![1]!;
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < CODE_ATTEMPTS; i++) expect(await verifyChallenge(db, challenge, wrong, NOW)).toEqual({ kind: 'wrong' });
    expect(await verifyChallenge(db, challenge, code, NOW)).not.toMatchObject({ kind: 'ok' });
  });

  it('lets parallel guesses use no more than three tries', async () => {
    const { db } = ctx();
    const booking = await booked(db);
    const challenge = await startChallenge(db, { reference: booking.case.reference, contact: booking.email! }, NOW);
    const code = /\b(\d{6})\b/.exec((await db.outboxMessage.findFirstOrThrow({ where: { template: 'consultationAccessCode', caseId: booking.caseId } })).text)![1]!;
    const guesses = Array.from({ length: 20 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'));
    const results = await Promise.all(guesses.map((g) => verifyChallenge(db, challenge, g, NOW)));
    expect(results.filter((r) => r.kind === 'wrong')).toHaveLength(CODE_ATTEMPTS);
    expect((await db.oneTimeCode.findUniqueOrThrow({ where: { id: challenge } })).attempts).toBe(CODE_ATTEMPTS);
  });

  it('expires a code after ten minutes', async () => {
    const { db } = ctx();
    const booking = await booked(db);
    const challenge = await startChallenge(db, { reference: booking.case.reference, contact: booking.email! }, NOW);
    const code = /\b(\d{6})\b/.exec((await db.outboxMessage.findFirstOrThrow({ where: { template: 'consultationAccessCode', caseId: booking.caseId } })).text)![1]!;
    expect(CODE_LIFETIME_MS).toBe(10 * 60_000);
    expect(await verifyChallenge(db, challenge, code, new Date(NOW.getTime() + CODE_LIFETIME_MS + 1000))).toEqual({ kind: 'expired' });
  });
});

describeEachDatabase('consultation booking: the date line', (ctx) => {
  it('stores 00:30 on 8 December in Seoul as the 7th in UTC, and every email names the 8th', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const startsAt = cityWallTime('2026-12-08', '00:30');
    expect(startsAt.toISOString()).toBe('2026-12-07T15:30:00.000Z');
    const slot = await world.slot(startsAt, { capacity: 3 });
    expect((await db.consultationSlot.findUniqueOrThrow({ where: { id: slot.id } })).startsAt.toISOString()).toBe('2026-12-07T15:30:00.000Z');

    for (const locale of ['vi', 'ur', 'ko'] as const) {
      const bookingId = bookedId(await confirmDraft(db, await world.draft(slot.id, { locale }), NOW));
      const booking = await db.consultationBooking.findUniqueOrThrow({ where: { id: bookingId } });
      expect(booking.startsAt.toISOString()).toBe('2026-12-07T15:30:00.000Z');
      const [message] = await messagesOf(db, booking.caseId, 'consultationBooked');
      expect(message?.locale).toBe(locale);
      const eighth = formatCityDate(startsAt, locale);
      expect(eighth).toMatch(/8/);
      expect(eighth).not.toBe(formatCityDate(new Date(startsAt.getTime() - day), locale));
      expect(message!.text).toContain(eighth);
      expect(icsField(icsOf(message!), 'DTSTART')).toBe('20261207T153000Z');
      expect(icsField(icsOf(message!), 'DTEND')).toBe('20261207T163000Z');
    }
    expect(formatCityDate(startsAt, 'en')).toBe('Tuesday, December 8, 2026');
    // The last day to change online is the 7th in Seoul, named as such.
    expect(addDays('2026-12-08', -1)).toBe('2026-12-07');
  });
});
