/**
 * Builders for consultation tests: a small world (centre, service, topic, counsellor), slots at
 * given times with given capacity, weekly schedules and drafts, made with the real lib functions
 * (saveDraft) and prisma/builders.ts. Every world has its own centre, so "equivalent slots" (same
 * time, same centre) never leak between tests sharing a database.
 */
import crypto from 'node:crypto';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { buildCenter, buildCity, buildService, buildStaffUser } from '@/prisma/builders';
import { saveDraft } from '@/lib/consultations/drafts';
import type { Channel } from '@/lib/consultations/schema';
import { addDays, cityDayKey, cityWallTime } from '@/lib/time/seoul';

const unique = () => crypto.randomBytes(4).toString('hex');

/** A fixed "now" for rule tests: Tuesday 1 December 2026, 10:00 in Seoul. */
export const NOW = new Date('2026-12-01T01:00:00Z');

/** The instant the city's clocks show `hhmm`, `days` city days after `now`'s city day. */
export const cityDaysFrom = (now: Date, days: number, hhmm = '10:00') => cityWallTime(addDays(cityDayKey(now), days), hhmm);

export async function createCentre(db: Db) {
  const city = await db.city.create({ data: buildCity() });
  return db.center.create({ data: buildCenter(city.id, { phone: '+82-31-599-0000' }) });
}

export async function createTopic(db: Db, overrides: Partial<Prisma.ConsultationTopicUncheckedCreateInput> = {}) {
  const serviceId = overrides.serviceId ?? (await db.service.create({ data: buildService() })).id;
  return db.consultationTopic.create({
    data: {
      slug: `topic-${unique()}`,
      title: { ko: '임금과 노동', en: 'Wages and work' },
      summary: { ko: '임금 체불', en: 'Unpaid wages' },
      ...overrides,
      serviceId,
    },
  });
}

export async function createCounsellor(db: Db, overrides: Partial<Prisma.StaffUserUncheckedCreateInput> = {}) {
  return db.staffUser.create({ data: buildStaffUser({ roles: ['counsellor'], languages: ['ko', 'en', 'vi', 'ur'], ...overrides }) });
}

export type SlotOptions = {
  counsellorId: string;
  centerId: string;
  startsAt: Date;
  minutes?: number;
  capacity?: number;
  booked?: number;
  channels?: Channel[];
  topics?: string[];
  languages?: string[];
  closed?: boolean;
};

export async function createSlot(db: Db, options: SlotOptions) {
  const { counsellorId, centerId, startsAt, minutes = 60, capacity = 1, booked = 0, closed = false } = options;
  return db.consultationSlot.create({
    data: {
      counsellorId,
      centerId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + minutes * 60_000),
      capacity,
      booked,
      closed,
      channels: options.channels ?? ['VISIT', 'PHONE', 'VIDEO'],
      topics: options.topics ?? [],
      languages: options.languages ?? ['ko', 'en', 'vi', 'ur'],
    },
  });
}

export async function createSchedule(db: Db, data: Partial<Prisma.CounsellorScheduleUncheckedCreateInput> & { counsellorId: string; centerId: string; weekday: number }) {
  return db.counsellorSchedule.create({
    data: { startTime: '10:00', endTime: '12:00', slotMinutes: 60, capacity: 1, channels: ['VISIT', 'PHONE'], topics: [], interpreterLanguages: [], ...data },
  });
}

/** What a resident typed on the "your details" step, valid unless overridden. */
export function detailsValues(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    name: 'Nguyễn Văn An',
    email: `an.${unique()}@example.vn`,
    phone: '',
    problem: 'My employer has not paid my wages for two months.',
    interpreter: 'no',
    consent: 'yes',
    ...overrides,
  };
}

export type World = Awaited<ReturnType<typeof createWorld>>;

/** A centre with one topic (default rules unless overridden) and one counsellor. */
export async function createWorld(db: Db, topicOverrides: Partial<Prisma.ConsultationTopicUncheckedCreateInput> = {}) {
  const centre = await createCentre(db);
  const topic = await createTopic(db, topicOverrides);
  const counsellor = await createCounsellor(db);
  return {
    centre,
    topic,
    counsellor,
    /** A slot of this world's counsellor (or another one) at this world's centre. */
    slot: (startsAt: Date, options: Partial<SlotOptions> = {}) => createSlot(db, { counsellorId: counsellor.id, centerId: centre.id, startsAt, ...options }),
    /** A saved draft for `slotId` with valid details, through saveDraft as the booking form does. */
    draft: (slotId: string, options: DraftOptions = {}) => createDraft(db, { topicId: topic.id, slotId, ...options }),
  };
}

export type DraftOptions = { locale?: string; language?: string; channel?: Channel; values?: Record<string, string>; now?: Date };

export async function createDraft(db: Db, options: DraftOptions & { topicId: string; slotId: string }) {
  const { topicId, slotId, locale = 'en', language = 'ko', channel = 'VISIT', now = NOW } = options;
  return saveDraft(db, null, { locale, topicId, language, channel, slotId }, options.values ?? detailsValues(), now);
}
