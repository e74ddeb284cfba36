/**
 * Builders for Korean-class tests: a section of a course in a term at a centre, with the window,
 * capacity and start given, and signed-up residents. Each section has its own centre and code.
 */
import crypto from 'node:crypto';
import type { Db } from '@/lib/db/client';
import type { ClassLevel } from '@/lib/db/generated/sqlite/enums';
import { buildCenter, buildCity, buildResident } from '@/prisma/builders';
import { courses } from '@/lib/classes/levels';

const unique = () => crypto.randomBytes(4).toString('hex');
const hour = 3_600_000;
// Terms are unique per (year, number): each section gets a year of its own.
let termCount = 0;

/** A fixed "now": Tuesday 1 December 2026, 10:00 in Seoul. */
export const NOW = new Date('2026-12-01T01:00:00Z');

export type SectionOptions = { capacity?: number; level?: ClassLevel; opensAt?: Date; closesAt?: Date; startsOn?: Date; cancelled?: boolean };

export async function createSection(db: Db, options: SectionOptions = {}) {
  const level = options.level ?? 'KIIP_2';
  const hours = courses.find((c) => c.level === level)!.hours;
  const course = await db.classCourse.upsert({ where: { level }, update: {}, create: { level, hours } });
  const city = await db.city.create({ data: buildCity() });
  const center = await db.center.create({ data: buildCenter(city.id) });
  const startsOn = options.startsOn ?? new Date(NOW.getTime() + 60 * 24 * hour);
  const term = await db.classTerm.create({
    data: { slug: `t-${unique()}`, year: 2100 + termCount++, number: 1, startsOn, endsOn: new Date(startsOn.getTime() + 100 * 24 * hour) },
  });
  return db.classSection.create({
    data: {
      code: `S-${unique()}`,
      courseId: course.id,
      termId: term.id,
      centerId: center.id,
      days: [0],
      startTime: '14:00',
      endTime: '18:00',
      teacher: '한지민',
      capacity: options.capacity ?? 3,
      opensAt: options.opensAt ?? new Date(NOW.getTime() - hour),
      closesAt: options.closesAt ?? new Date(NOW.getTime() + 30 * 24 * hour),
      cancelled: options.cancelled ?? false,
    },
  });
}

export async function createResidents(db: Db, count: number, locale = 'ru') {
  return Promise.all(Array.from({ length: count }, () => db.resident.create({ data: buildResident({ preferredLocale: locale }) })));
}

export const requestKey = () => crypto.randomBytes(12).toString('base64url');
