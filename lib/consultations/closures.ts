import type { Db } from '@/lib/db/client';
import { addDays, cityDayKey, cityWallTime } from '@/lib/time/seoul';

export type ClosureScope = { startsOn: string; endsOn: string; centerId: string | null; counsellorId: string | null };

/** A closure applies to a slot on its days, for its centre (or all) and counsellor (or all). */
export function closureCovers(closure: ClosureScope, slot: { day: string; centerId: string; counsellorId: string }): boolean {
  return (
    closure.startsOn <= slot.day &&
    slot.day <= closure.endsOn &&
    (closure.centerId === null || closure.centerId === slot.centerId) &&
    (closure.counsellorId === null || closure.counsellorId === slot.counsellorId)
  );
}

/**
 * Re-derives `closed` for the slots of the days a closure touches from all closures, so adding
 * and removing overlapping closures always ends in the right state. Bookings in a closed slot are
 * kept; the day list flags them for staff to call the resident.
 */
export async function applyClosures(db: Pick<Db, 'consultationSlot' | 'consultationClosure'>, fromDay: string, toDay: string) {
  const [slots, closures] = await Promise.all([
    db.consultationSlot.findMany({
      where: { startsAt: { gte: cityWallTime(fromDay, '00:00'), lt: cityWallTime(addDays(toDay, 1), '00:00') } },
      select: { id: true, startsAt: true, centerId: true, counsellorId: true, closed: true },
    }),
    db.consultationClosure.findMany({ where: { endsOn: { gte: fromDay }, startsOn: { lte: toDay } } }),
  ]);
  for (const slot of slots) {
    const closed = closures.some((c) => closureCovers(c, { day: cityDayKey(slot.startsAt), centerId: slot.centerId, counsellorId: slot.counsellorId }));
    if (closed !== slot.closed) await db.consultationSlot.update({ where: { id: slot.id }, data: { closed } });
  }
}
