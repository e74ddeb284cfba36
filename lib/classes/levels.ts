import type { ClassEligibility, ClassLevel } from '@/lib/db/generated/sqlite/enums';

/** The programme's courses, in catalogue order, with their hours (KIIP: 15/100/100/100/100/70). */
export const courses: readonly { level: ClassLevel; hours: number }[] = [
  { level: 'BASIC', hours: 40 },
  { level: 'KIIP_0', hours: 15 },
  { level: 'KIIP_1', hours: 100 },
  { level: 'KIIP_2', hours: 100 },
  { level: 'KIIP_3', hours: 100 },
  { level: 'KIIP_4', hours: 100 },
  { level: 'KIIP_5', hours: 70 },
  { level: 'TOPIK_1', hours: 48 },
  { level: 'TOPIK_2', hours: 60 },
  { level: 'CULTURE', hours: 12 },
  { level: 'CHILDREN_NATIVE', hours: 30 },
];

export const levels = courses.map((course) => course.level);
export const eligibilities: readonly ClassEligibility[] = ['ANY_ADULT', 'REGISTERED_RESIDENT', 'KIIP_PARTICIPANT', 'CHILDREN'];

export const isLevel = (value: unknown): value is ClassLevel => typeof value === 'string' && (levels as readonly string[]).includes(value);
