import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { NOW, cityDaysFrom, createDraft, createSchedule, createWorld } from '../support/consultations';
import type { Db } from '@/lib/db/client';
import { confirmDraft } from '@/lib/consultations/booking';
import { cancelBooking } from '@/lib/consultations/changes';
import { DRAFT_LIFETIME_MS, deleteExpiredDrafts } from '@/lib/consultations/drafts';
import { queueDueReminders } from '@/lib/consultations/reminders';
import { materialiseSlots } from '@/lib/consultations/slots';
import { jobs } from '@/lib/registry/jobs';
import { periodOf, runDueJobs } from '@/lib/jobs/scheduler';
import { addDays, cityDayKey, cityWallTime, weekdayOf } from '@/lib/time/seoul';

async function book(db: Db, world: Awaited<ReturnType<typeof createWorld>>, startsAt: Date) {
  const slot = await world.slot(startsAt, { capacity: 5 });
  const result = await confirmDraft(db, await world.draft(slot.id), NOW);
  if (result.kind !== 'booked') throw new Error(`could not book: ${result.kind}`);
  return db.consultationBooking.findUniqueOrThrow({ where: { id: result.bookingId } });
}

const remindersOf = (db: Db, caseId: string) => db.outboxMessage.count({ where: { caseId, template: 'consultationReminder' } });

describeEachDatabase('periodic jobs', (ctx) => {
  it('runs each job once per period when two instances tick at the same moment', async () => {
    const { db } = ctx();
    const now = cityDaysFrom(NOW, 0, '10:07');
    const [a, b] = await Promise.all([runDueJobs(db, jobs, { now, instance: 'web-1' }), runDueJobs(db, jobs, { now, instance: 'web-2' })]);
    for (const job of jobs) {
      const outcomes = [...a!, ...b!].filter((o) => o.job === job.name);
      expect(outcomes).toHaveLength(2);
      expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
      expect(outcomes.find((o) => o.ran)?.error).toBeUndefined();
      const runs = await db.jobRun.findMany({ where: { job: job.name } });
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ period: periodOf(job, now), error: null });
      expect(runs[0]!.finishedAt).toBeInstanceOf(Date);
      expect(['web-1', 'web-2']).toContain(runs[0]!.instance);
    }

    // A tick later in the same period (a second: the newsletter job runs every minute) does nothing; the next period runs again.
    expect((await runDueJobs(db, jobs, { now: new Date(now.getTime() + 1_000), instance: 'web-1' })).some((o) => o.ran)).toBe(false);
    const nextHour = new Date(now.getTime() + 3600_000);
    expect(
      (await runDueJobs(db, jobs, { now: nextHour, instance: 'web-2' }))
        .filter((o) => o.ran)
        .map((o) => o.job)
        .sort(),
    ).toEqual(jobs.map((j) => j.name).sort());
  });

  it('puts a job’s period on the epoch grid', () => {
    expect(periodOf({ everyMinutes: 15 }, new Date('2026-11-22T10:21:30Z'))).toBe('2026-11-22T10:15:00.000Z');
    expect(periodOf({ everyMinutes: 60 }, new Date('2026-11-22T10:59:59Z'))).toBe('2026-11-22T10:00:00.000Z');
  });
});

describeEachDatabase('consultation reminders', (ctx) => {
  it('queues one reminder per booking for tomorrow, even when two instances run at once', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    // Today (for the job) is day 2; the appointments are tomorrow (day 3) and the day after.
    const tomorrowEarly = await book(db, world, cityDaysFrom(NOW, 3, '00:30'));
    const tomorrowLate = await book(db, world, cityDaysFrom(NOW, 3, '23:30'));
    const cancelled = await book(db, world, cityDaysFrom(NOW, 3, '10:00'));
    expect(await cancelBooking(db, cancelled.id, { now: NOW })).toEqual({ kind: 'cancelled' });
    const dayAfter = await book(db, world, cityDaysFrom(NOW, 4, '00:30'));

    const now = cityDaysFrom(NOW, 2, '10:00');
    const [first, second] = await Promise.all([queueDueReminders(db, now), queueDueReminders(db, now)]);
    expect(first!.queued + second!.queued).toBe(2);
    expect(await remindersOf(db, tomorrowEarly.caseId)).toBe(1);
    expect(await remindersOf(db, tomorrowLate.caseId)).toBe(1);
    expect(await remindersOf(db, cancelled.caseId)).toBe(0);
    expect(await remindersOf(db, dayAfter.caseId)).toBe(0);
    expect(await db.caseEvent.count({ where: { caseId: tomorrowEarly.caseId, type: 'reminder_sent' } })).toBe(1);
    expect((await db.consultationBooking.findUniqueOrThrow({ where: { id: tomorrowEarly.id } })).reminderQueuedAt).toEqual(now);

    // Later runs the same day do not send it again.
    expect(await queueDueReminders(db, cityDaysFrom(NOW, 2, '18:00'))).toEqual({ queued: 0 });
    // The next day, the day-after booking is tomorrow's.
    expect(await queueDueReminders(db, cityDaysFrom(NOW, 3, '09:00'))).toEqual({ queued: 1 });
    expect(await remindersOf(db, dayAfter.caseId)).toBe(1);
  });

  it('sends nothing outside 09:00–21:00 in Seoul', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const booking = await book(db, world, cityDaysFrom(NOW, 6, '10:00'));
    for (const clock of ['00:00', '06:00', '08:59', '21:00', '23:59']) {
      expect(await queueDueReminders(db, cityDaysFrom(NOW, 5, clock))).toEqual({ queued: 0 });
    }
    expect(await remindersOf(db, booking.caseId)).toBe(0);
    expect(await queueDueReminders(db, cityDaysFrom(NOW, 5, '20:59'))).toEqual({ queued: 1 });
    expect(await remindersOf(db, booking.caseId)).toBe(1);
  });
});

describeEachDatabase('slot materialisation', (ctx) => {
  /** The days from `now`'s city day to `days` later that fall on `weekday`. */
  const daysOn = (now: Date, days: number, weekday: number) => Array.from({ length: days + 1 }, (_, i) => addDays(cityDayKey(now), i)).filter((day) => weekdayOf(day) === weekday);

  it('makes the weekly slots once: a second run creates none, and closed days are marked', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const weekday = weekdayOf(addDays(cityDayKey(NOW), 2));
    const schedule = await createSchedule(db, {
      counsellorId: world.counsellor.id,
      centerId: world.centre.id,
      weekday,
      startTime: '10:00',
      endTime: '12:30',
      capacity: 2,
      interpreterLanguages: ['ur'],
    });
    const closedDay = addDays(cityDayKey(NOW), 9);
    await db.consultationClosure.create({ data: { centerId: world.centre.id, startsOn: closedDay, endsOn: closedDay, reason: 'Chuseok' } });

    const first = await materialiseSlots(db, { now: NOW, days: 20 });
    const days = daysOn(NOW, 20, weekday);
    const slots = await db.consultationSlot.findMany({ where: { scheduleId: schedule.id }, orderBy: { startsAt: 'asc' } });
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual(days.flatMap((day) => [cityWallTime(day, '10:00'), cityWallTime(day, '11:00')]).map((d) => d.toISOString()));
    expect(first.created).toBeGreaterThanOrEqual(slots.length);
    expect(slots.every((s) => s.capacity === 2 && s.booked === 0)).toBe(true);
    expect(slots[0]!.languages).toEqual(expect.arrayContaining(['ko', 'en', 'ur']));
    expect(slots.filter((s) => s.closed).map((s) => cityDayKey(s.startsAt))).toEqual([closedDay, closedDay]);

    expect(await materialiseSlots(db, { now: NOW, days: 20 })).toEqual({ created: 0 });
    expect(await db.consultationSlot.count({ where: { scheduleId: schedule.id } })).toBe(slots.length);
  });

  it('does not duplicate slots when two instances run at once', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const weekday = weekdayOf(addDays(cityDayKey(NOW), 3));
    const schedule = await createSchedule(db, { counsellorId: world.counsellor.id, centerId: world.centre.id, weekday });
    const now = cityDaysFrom(NOW, 0, '11:00');
    const runs = await Promise.all([materialiseSlots(db, { now, days: 27 }), materialiseSlots(db, { now, days: 27 }), materialiseSlots(db, { now, days: 27 })]);
    const expected = daysOn(now, 27, weekday).length * 2;
    expect(await db.consultationSlot.count({ where: { scheduleId: schedule.id } })).toBe(expected);
    // Every slot was made by exactly one of them (other worlds' schedules may add to the total).
    expect(runs.reduce((sum, r) => sum + r.created, 0)).toBeGreaterThanOrEqual(expected);
    expect(await materialiseSlots(db, { now, days: 27 })).toEqual({ created: 0 });
  });

  it('makes no slot in the past and leaves an existing slot’s bookings alone', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const today = cityDayKey(NOW);
    const schedule = await createSchedule(db, { counsellorId: world.counsellor.id, centerId: world.centre.id, weekday: weekdayOf(today), startTime: '09:00', endTime: '12:00' });
    // NOW is 10:00: the 09:00 slot has begun, 10:00 starts now; only 11:00 is made today.
    await materialiseSlots(db, { now: NOW, days: 0 });
    const slots = await db.consultationSlot.findMany({ where: { scheduleId: schedule.id } });
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual([cityWallTime(today, '11:00').toISOString()]);
    await db.consultationSlot.update({ where: { id: slots[0]!.id }, data: { booked: 1 } });
    await materialiseSlots(db, { now: NOW, days: 7 });
    expect((await db.consultationSlot.findUniqueOrThrow({ where: { id: slots[0]!.id } })).booked).toBe(1);
  });
});

describeEachDatabase('draft clean-up', (ctx) => {
  it('deletes only drafts past their time', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const slot = await world.slot(cityDaysFrom(NOW, 3));
    const old = await createDraft(db, { topicId: world.topic.id, slotId: slot.id, now: new Date(NOW.getTime() - DRAFT_LIFETIME_MS - 60_000) });
    const older = await createDraft(db, { topicId: world.topic.id, slotId: slot.id, now: new Date(NOW.getTime() - 3 * DRAFT_LIFETIME_MS) });
    const recent = await createDraft(db, { topicId: world.topic.id, slotId: slot.id, now: new Date(NOW.getTime() - DRAFT_LIFETIME_MS + 60_000) });
    const fresh = await createDraft(db, { topicId: world.topic.id, slotId: slot.id, now: NOW });

    expect(await deleteExpiredDrafts(db, NOW)).toBe(2);
    const left = await db.formDraft.findMany({ select: { id: true } });
    expect(left.map((d) => d.id).sort()).toEqual([recent, fresh].sort());
    expect([old, older].some((id) => left.some((d) => d.id === id))).toBe(false);
    expect(await deleteExpiredDrafts(db, NOW)).toBe(0);
  });
});
