import type { Db } from '@/lib/db/client';
import { channelsWithSlots, openSlots, type DayWindow, type OpenSlot, type SlotWish } from './availability';
import type { BookingRules } from './rules';
import type { Channel } from './schema';

/**
 * The booking steps' free times, kept a few seconds per question (topic rules, language, channel,
 * week), so a step that many people open at once costs one query per few seconds rather than one
 * per visitor. A time booked meanwhile may still be offered for up to FREE_TIMES_TTL_MS: that is
 * all the cache can get wrong, because confirming re-checks the seat in the database and refuses
 * a full time (lib/consultations/booking.ts). Seats left may lag a few seconds; they never lie at
 * booking. In-process: each server instance keeps its own for the same few seconds.
 */
export const FREE_TIMES_TTL_MS = 5_000;
/** Enough for every topic × language × channel × week asked at once; the oldest go first. */
const MAX_ENTRIES = 2_000;

type Entry<V> = { expires: number; value: Promise<V> };

/** A time-limited cache of promises, on a clock the caller can supply (tests pass their own). */
export function ttlCache<V>(ttlMs: number, now: () => number = Date.now, maxEntries = MAX_ENTRIES) {
  const entries = new Map<string, Entry<V>>();
  return {
    get(key: string, load: () => Promise<V>): Promise<V> {
      const at = now();
      const hit = entries.get(key);
      if (hit && hit.expires > at) return hit.value;
      // Concurrent misses share one load; a failed load is not kept.
      const value = load();
      value.catch(() => entries.get(key)?.value === value && entries.delete(key));
      entries.delete(key);
      entries.set(key, { expires: at + ttlMs, value });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return value;
    },
    clear: () => entries.clear(),
  };
}

const ruleKey = (rules: BookingRules) => [rules.minNoticeDays, rules.horizonDays].join(',');

/** A cache of free times and of the channels that have any, for one database and clock. */
export function freeTimesCache(db: Db, { ttlMs = FREE_TIMES_TTL_MS, now = Date.now }: { ttlMs?: number; now?: () => number } = {}) {
  const slots = ttlCache<OpenSlot[]>(ttlMs, now);
  const channels = ttlCache<Set<Channel>>(ttlMs, now);
  return {
    openSlots: (rules: BookingRules, wish: SlotWish, window?: DayWindow) =>
      slots.get(JSON.stringify([ruleKey(rules), wish.topicSlug, wish.language, wish.channel ?? '', window ?? null]), () => openSlots(db, rules, wish, new Date(now()), window)),
    channelsWithSlots: (rules: BookingRules, wish: Omit<SlotWish, 'channel'>) =>
      channels.get(JSON.stringify([ruleKey(rules), wish.topicSlug, wish.language]), () => channelsWithSlots(db, rules, wish, new Date(now()))),
    clear() {
      slots.clear();
      channels.clear();
    },
  };
}

/**
 * The booking steps' other reads (the topic and its rules, the counselled languages, the centre),
 * for the same few seconds: staff changes to them show within FREE_TIMES_TTL_MS, and booking reads
 * the topic's rules afresh when it checks the seat.
 */
const stepData = ttlCache<unknown>(FREE_TIMES_TTL_MS);
export const shortLived = <T>(key: string, load: () => Promise<T>): Promise<T> => stepData.get(key, load) as Promise<T>;
