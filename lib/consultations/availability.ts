import type { Db } from '@/lib/db/client';
import { addDays, cityDayKey, cityWallTime } from '@/lib/time/seoul';
import { bookableDays, type BookingRules } from './rules';
import type { Channel } from './schema';

type SlotsDb = Pick<Db, 'consultationSlot'>;

export type OpenSlot = {
  /** The slot to book; equivalent slots (same time and centre, other counsellors) are tried after it. */
  id: string;
  startsAt: Date;
  endsAt: Date;
  centerId: string;
  seatsLeft: number;
};

export type SlotWish = { topicSlug: string; language: string; channel?: Channel };

const asStrings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Whether a slot serves this topic, language and channel. */
export function slotServes(slot: { topics: unknown; languages: unknown; channels: unknown }, wish: SlotWish): boolean {
  const topics = asStrings(slot.topics);
  return (topics.length === 0 || topics.includes(wish.topicSlug)) && asStrings(slot.languages).includes(wish.language) && (!wish.channel || asStrings(slot.channels).includes(wish.channel));
}

/** A part of the bookable days, e.g. the week a page shows: fewer rows read per request. */
export type DayWindow = { fromDay: string; days: number };

/** Free slots within the rules' window, matching the wish, read from the database as it is now. */
async function candidateSlots(db: SlotsDb, rules: BookingRules, wish: SlotWish, now: Date, window?: DayWindow) {
  const bookable = bookableDays(rules, now);
  const first = window && window.fromDay > bookable.first ? window.fromDay : bookable.first;
  const windowLast = window ? addDays(window.fromDay, window.days - 1) : bookable.last;
  const last = windowLast < bookable.last ? windowLast : bookable.last;
  const from = cityWallTime(first, '00:00');
  const rows = await db.consultationSlot.findMany({
    where: {
      startsAt: { gte: from > now ? from : now, lt: cityWallTime(addDays(last, 1), '00:00') },
      closed: false,
      // Column against column: only slots with a seat left.
      booked: { lt: db.consultationSlot.fields.capacity },
    },
    orderBy: [{ startsAt: 'asc' }, { booked: 'asc' }],
    select: { id: true, startsAt: true, endsAt: true, centerId: true, capacity: true, booked: true, topics: true, languages: true, channels: true },
  });
  return rows.filter((slot) => slotServes(slot, wish));
}

/**
 * The times a resident can choose: one entry per start time and centre, however many
 * counsellors are free then, with the seats of all of them added up.
 */
export async function openSlots(db: SlotsDb, rules: BookingRules, wish: SlotWish, now = new Date(), window?: DayWindow): Promise<OpenSlot[]> {
  const byTime = new Map<string, OpenSlot>();
  for (const slot of await candidateSlots(db, rules, wish, now, window)) {
    const key = `${slot.startsAt.getTime()}|${slot.centerId}`;
    const seats = slot.capacity - slot.booked;
    const known = byTime.get(key);
    if (known) known.seatsLeft += seats;
    else byTime.set(key, { id: slot.id, startsAt: slot.startsAt, endsAt: slot.endsAt, centerId: slot.centerId, seatsLeft: seats });
  }
  return [...byTime.values()];
}

/** The other free slots at the same time and centre as `slot` (another counsellor may take it). */
export async function equivalentSlots(db: SlotsDb, rules: BookingRules, wish: SlotWish, slot: { id: string; startsAt: Date; centerId: string }, now = new Date()) {
  return (await candidateSlots(db, rules, wish, now)).filter((s) => s.id !== slot.id && s.startsAt.getTime() === slot.startsAt.getTime() && s.centerId === slot.centerId).map((s) => s.id);
}

/** Which channels have any free slot for this topic and language: the channel step offers only those. */
export async function channelsWithSlots(db: SlotsDb, rules: BookingRules, wish: Omit<SlotWish, 'channel'>, now = new Date()): Promise<Set<Channel>> {
  const found = new Set<Channel>();
  for (const slot of await candidateSlots(db, rules, wish, now)) for (const c of asStrings(slot.channels)) found.add(c as Channel);
  return found;
}

/** Groups slots by city day, in order, for the slot picker. */
export function byCityDay<T extends { startsAt: Date }>(slots: T[]): { day: string; slots: T[] }[] {
  const days = new Map<string, T[]>();
  for (const slot of slots) {
    const day = cityDayKey(slot.startsAt);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return [...days.entries()].map(([day, list]) => ({ day, slots: list }));
}
