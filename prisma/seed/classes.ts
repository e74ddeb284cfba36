import type { Db } from '@/lib/db/client';
import type { ClassEligibility, ClassLevel } from '@/lib/db/generated/sqlite/enums';
import { courses } from '@/lib/classes/levels';
import { upcomingTerms } from '@/lib/classes/terms';

/**
 * Korean classes at Ansan's centres (brief: Sunday sections for shift workers; KIIP at the
 * Immigrant Plus Center, the designated KIIP operating institution). Sections are made for the
 * terms whose registration is open or next, when the term does not exist yet.
 */
type SectionSeed = { code: string; level: ClassLevel; centre: string; days: number[]; start: string; end: string; teacher: string; capacity: number; eligibility?: ClassEligibility };

export const sectionSeeds: SectionSeed[] = [
  { code: 'BASIC-SUN', level: 'BASIC', centre: 'support-center', days: [0], start: '10:00', end: '13:00', teacher: '박소연', capacity: 20 },
  { code: 'BASIC-EVE', level: 'BASIC', centre: 'support-center', days: [1, 3], start: '19:00', end: '21:00', teacher: '이지은', capacity: 20 },
  { code: 'KIIP0-SUN', level: 'KIIP_0', centre: 'immigrant-plus-center', days: [0], start: '10:00', end: '13:00', teacher: '최민수', capacity: 25, eligibility: 'KIIP_PARTICIPANT' },
  { code: 'KIIP1-WEEK', level: 'KIIP_1', centre: 'immigrant-plus-center', days: [1, 3, 5], start: '10:00', end: '12:00', teacher: '정다은', capacity: 20, eligibility: 'KIIP_PARTICIPANT' },
  { code: 'KIIP1-SUN', level: 'KIIP_1', centre: 'immigrant-plus-center', days: [0], start: '09:00', end: '13:00', teacher: '최민수', capacity: 20, eligibility: 'KIIP_PARTICIPANT' },
  { code: 'KIIP2-SUN', level: 'KIIP_2', centre: 'immigrant-plus-center', days: [0], start: '14:00', end: '18:00', teacher: '한지민', capacity: 20, eligibility: 'KIIP_PARTICIPANT' },
  { code: 'KIIP2-EVE', level: 'KIIP_2', centre: 'multicultural-family-center', days: [2, 4], start: '19:00', end: '22:00', teacher: '윤서준', capacity: 18, eligibility: 'KIIP_PARTICIPANT' },
  { code: 'KIIP3-SUN', level: 'KIIP_3', centre: 'immigrant-plus-center', days: [0], start: '09:00', end: '13:00', teacher: '한지민', capacity: 20, eligibility: 'KIIP_PARTICIPANT' },
  { code: 'KIIP4-SAT', level: 'KIIP_4', centre: 'immigrant-plus-center', days: [6], start: '09:00', end: '13:00', teacher: '강현우', capacity: 20, eligibility: 'KIIP_PARTICIPANT' },
  { code: 'KIIP5-SUN', level: 'KIIP_5', centre: 'immigrant-plus-center', days: [0], start: '14:00', end: '18:00', teacher: '강현우', capacity: 20, eligibility: 'KIIP_PARTICIPANT' },
  { code: 'TOPIK1-SUN', level: 'TOPIK_1', centre: 'support-center', days: [0], start: '14:00', end: '17:00', teacher: '이지은', capacity: 20 },
  { code: 'TOPIK1-EVE', level: 'TOPIK_1', centre: 'global-youth-center', days: [2, 4], start: '19:00', end: '21:00', teacher: '오하린', capacity: 16 },
  { code: 'TOPIK2-SAT', level: 'TOPIK_2', centre: 'global-youth-center', days: [6], start: '10:00', end: '13:00', teacher: '오하린', capacity: 16 },
  { code: 'CULTURE-SAT', level: 'CULTURE', centre: 'koryoin-cultural-center', days: [6], start: '14:00', end: '16:00', teacher: '김태희', capacity: 15 },
  { code: 'CHILD-SAT', level: 'CHILDREN_NATIVE', centre: 'multicultural-family-center', days: [6], start: '10:00', end: '12:00', teacher: 'Nguyễn Thu Hà', capacity: 12, eligibility: 'CHILDREN' },
];

export async function seedClasses(db: Db, centerIds: Map<string, string>, now = new Date()) {
  const courseIds = new Map<ClassLevel, string>();
  for (const [index, course] of courses.entries()) {
    const row = await db.classCourse.upsert({ where: { level: course.level }, update: {}, create: { level: course.level, hours: course.hours, sortOrder: index }, select: { id: true } });
    courseIds.set(course.level, row.id);
  }
  for (const plan of upcomingTerms(now)) {
    if (await db.classTerm.findUnique({ where: { slug: plan.slug }, select: { id: true } })) continue;
    const term = await db.classTerm.create({ data: { slug: plan.slug, year: plan.year, number: plan.number, startsOn: plan.startsOn, endsOn: plan.endsOn }, select: { id: true } });
    await db.classSection.createMany({
      data: sectionSeeds.map((s) => ({
        code: `${plan.slug}-${s.code}`,
        courseId: courseIds.get(s.level)!,
        termId: term.id,
        centerId: centerIds.get(s.centre)!,
        days: s.days,
        startTime: s.start,
        endTime: s.end,
        teacher: s.teacher,
        capacity: s.capacity,
        opensAt: plan.opensAt,
        closesAt: plan.closesAt,
        eligibility: s.eligibility ?? 'ANY_ADULT',
      })),
    });
  }
}
