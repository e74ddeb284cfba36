import 'server-only';
import { db } from '@/lib/db';
import { assertCan, can, type StaffContext } from '@/lib/auth/guards';
import { caseWhereFor } from '@/lib/cases/access';
import { recordAudit } from '@/lib/audit/record';
import type { Locale } from '@/lib/i18n/locales';
import { resolveText } from '@/lib/i18n/localized-text';
import { parseDays } from '@/lib/time/week-days';
import { addDays, cityDayKey, weekdayOf } from '@/lib/time/seoul';
import { COMPLETION_SHARE } from './attendance';

/** A lesson's length in minutes from the section's "HH:MM" times: what "present" means on the attendance sheet. */
export function lessonMinutes(startTime: string, endTime: string): number {
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return Math.max(0, minutes(endTime) - minutes(startTime));
}

/** The lesson days (Seoul "YYYY-MM-DD") of a term on a section's weekdays, first to last. */
export function lessonDays(term: { startsOn: Date; endsOn: Date }, days: readonly number[]): string[] {
  const out: string[] = [];
  const last = cityDayKey(term.endsOn);
  for (let day = cityDayKey(term.startsOn); day < last && out.length < 400; day = addDays(day, 1)) if (days.includes(weekdayOf(day))) out.push(day);
  return out;
}

/** The lesson day nearest today: today if it is one, else the last one before it, else the first. */
export function defaultLessonDay(all: readonly string[], now: Date): string | undefined {
  const today = cityDayKey(now);
  return [...all].reverse().find((d) => d <= today) ?? all[0];
}

const sectionSelect = {
  id: true,
  code: true,
  days: true,
  startTime: true,
  endTime: true,
  teacher: true,
  capacity: true,
  taken: true,
  course: { select: { level: true, hours: true } },
  center: { select: { name: true } },
  term: { select: { startsOn: true, endsOn: true, year: true, number: true } },
} as const;

/**
 * The attendance sheet of one lesson day: the section's enrolled students (read through the core's
 * rule), the minutes saved for that day (none yet: null) and the hours attended so far.
 */
export async function attendanceSheet(actor: StaffContext, sectionId: string, lessonOn: string | undefined, locale: Locale, now = new Date()) {
  assertCan(actor, 'classes:manage');
  if (typeof sectionId !== 'string' || sectionId.length > 64) return null;
  const section = await db.classSection.findUnique({ where: { id: sectionId }, select: sectionSelect });
  if (!section) return null;
  const days = parseDays(section.days);
  const lessons = lessonDays(section.term, days);
  const day = lessonOn && lessons.includes(lessonOn) ? lessonOn : defaultLessonDay(lessons, now);
  const students = await db.classEnrolment.findMany({
    where: { sectionId, status: 'ENROLLED', case: caseWhereFor(actor, 'read') },
    orderBy: [{ case: { resident: { name: 'asc' } } }, { id: 'asc' }],
    select: { id: true, case: { select: { reference: true, resident: { select: { name: true } } } }, attendance: { select: { lessonOn: true, minutes: true } } },
  });
  await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'view', entity: 'ClassSection', entityId: section.id, detail: { fields: ['name', 'attendance'] } });
  return {
    id: section.id,
    code: section.code,
    level: section.course.level,
    days,
    startTime: section.startTime,
    endTime: section.endTime,
    centre: resolveText(section.center.name, locale).text,
    lessons,
    lessonOn: day,
    fullMinutes: lessonMinutes(section.startTime, section.endTime),
    neededHours: section.course.hours * COMPLETION_SHARE,
    students: students.map((s) => ({
      id: s.id,
      name: s.case.resident.name,
      reference: s.case.reference,
      minutes: s.attendance.find((a) => a.lessonOn === day)?.minutes ?? null,
      hours: s.attendance.reduce((sum, a) => sum + a.minutes, 0) / 60,
    })),
  };
}

/**
 * The printable roster: every enrolled student with phone (only with `pii:read`), the language
 * they enrolled in, and their attendance on each lesson day of the term. The view is audited.
 */
export async function printableRoster(actor: StaffContext, sectionId: string, locale: Locale) {
  assertCan(actor, 'classes:manage');
  if (typeof sectionId !== 'string' || sectionId.length > 64) return null;
  const section = await db.classSection.findUnique({ where: { id: sectionId }, select: sectionSelect });
  if (!section) return null;
  const withPhone = can(actor, 'pii:read');
  const days = parseDays(section.days);
  const students = await db.classEnrolment.findMany({
    where: { sectionId, status: 'ENROLLED', case: caseWhereFor(actor, 'read') },
    orderBy: [{ case: { resident: { name: 'asc' } } }, { id: 'asc' }],
    select: { id: true, locale: true, case: { select: { resident: { select: { name: true, phone: withPhone } } } }, attendance: { select: { lessonOn: true, minutes: true } } },
  });
  await recordAudit({
    actor: { type: 'staff', id: actor.id },
    action: 'view',
    entity: 'ClassSection',
    entityId: section.id,
    detail: { fields: withPhone ? ['name', 'phone', 'attendance'] : ['name', 'attendance'] },
  });
  return {
    id: section.id,
    code: section.code,
    level: section.course.level,
    teacher: section.teacher,
    term: section.term,
    days,
    startTime: section.startTime,
    endTime: section.endTime,
    centre: resolveText(section.center.name, locale).text,
    lessons: lessonDays(section.term, days),
    withPhone,
    students: students.map((s) => ({
      id: s.id,
      name: s.case.resident.name,
      phone: withPhone ? (s.case.resident.phone ?? null) : undefined,
      locale: s.locale,
      attended: new Map(s.attendance.map((a) => [a.lessonOn, a.minutes])),
    })),
  };
}
