import type { Db } from '@/lib/db/client';
import { addDays, cityDayKey, cityWallTime, weekdayOf } from '@/lib/time/seoul';
import { closureCovers, type ClosureScope } from './closures';

type SlotsDb = Pick<Db, 'counsellorSchedule' | 'consultationSlot' | 'consultationClosure' | 'consultationTopic'>;

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};
const clockOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The start times ("09:00", "10:00", ...) a weekly block is cut into; a last partial slot is dropped. */
export function slotTimes(block: { startTime: string; endTime: string; slotMinutes: number }): { starts: string; minutes: number }[] {
  const times = [];
  for (let at = minutesOf(block.startTime); at + block.slotMinutes <= minutesOf(block.endTime); at += block.slotMinutes) {
    times.push({ starts: clockOf(at), minutes: block.slotMinutes });
  }
  return times;
}

const asStrings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * Makes the slot rows for every active weekly block from today to `days` ahead (default: the
 * longest horizon of any topic, plus a week). Idempotent and safe when two instances run it at
 * once: a slot that exists is left as it is (its bookings and capacity changes stay), and the
 * unique (counsellor, start) index turns a concurrent duplicate into a no-op.
 */
export async function materialiseSlots(db: SlotsDb, { now = new Date(), days }: { now?: Date; days?: number } = {}) {
  const horizon = days ?? ((await db.consultationTopic.aggregate({ _max: { horizonDays: true }, where: { active: true } }))._max.horizonDays ?? 28) + 7;
  const today = cityDayKey(now);
  const lastDay = addDays(today, horizon);
  const [blocks, closures] = await Promise.all([
    db.counsellorSchedule.findMany({ where: { active: true }, include: { counsellor: { select: { languages: true, active: true } } } }),
    db.consultationClosure.findMany({ where: { endsOn: { gte: today }, startsOn: { lte: lastDay } } }),
  ]);
  const existing = await db.consultationSlot.findMany({
    where: { startsAt: { gte: cityWallTime(today, '00:00'), lt: cityWallTime(addDays(lastDay, 1), '00:00') } },
    select: { counsellorId: true, startsAt: true },
  });
  const taken = new Set(existing.map((s) => `${s.counsellorId}|${s.startsAt.getTime()}`));
  let created = 0;
  for (const block of blocks) {
    if (!block.counsellor.active) continue;
    const languages = [...new Set([...asStrings(block.counsellor.languages), ...asStrings(block.interpreterLanguages)])];
    for (let day = today; day <= lastDay; day = addDays(day, 1)) {
      if (weekdayOf(day) !== block.weekday) continue;
      const closed = closures.some((c) => closureCovers(c as ClosureScope, { day, centerId: block.centerId, counsellorId: block.counsellorId }));
      for (const time of slotTimes(block)) {
        const startsAt = cityWallTime(day, time.starts);
        if (startsAt <= now || taken.has(`${block.counsellorId}|${startsAt.getTime()}`)) continue;
        try {
          await db.consultationSlot.create({
            data: {
              scheduleId: block.id,
              counsellorId: block.counsellorId,
              centerId: block.centerId,
              startsAt,
              endsAt: new Date(startsAt.getTime() + time.minutes * 60_000),
              capacity: block.capacity,
              channels: block.channels ?? [],
              topics: block.topics ?? [],
              languages,
              closed,
            },
          });
          created++;
        } catch (error) {
          if ((error as { code?: string }).code !== 'P2002') throw error; // another instance made it
        }
        taken.add(`${block.counsellorId}|${startsAt.getTime()}`);
      }
    }
  }
  return { created };
}

/**
 * After a weekly block changes or goes: its future slots nobody booked are removed (and made
 * again from the new block); slots with bookings stay, so no appointment disappears, and show
 * in the day list for staff to deal with.
 */
export async function dropUnbookedSlots(db: Pick<Db, 'consultationSlot'>, scheduleId: string, now = new Date()) {
  const { count } = await db.consultationSlot.deleteMany({ where: { scheduleId, startsAt: { gt: now }, booked: 0 } });
  return count;
}
