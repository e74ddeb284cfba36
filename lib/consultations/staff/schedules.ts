import 'server-only';
import { db } from '@/lib/db';
import { assertCan, type StaffContext } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/locales';
import { resolveText } from '@/lib/i18n/localized-text';
import { parseRoles } from '@/lib/auth/roles';
import { dropUnbookedSlots, materialiseSlots } from '../slots';
import { auditStaff } from './audit';
import { scheduleBlockSchema, type ScheduleBlockInput } from './schema';
import { invalid, refused, type StaffResult } from './result';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Every counsellor with their weekly blocks, in weekday and time order. */
export async function listSchedules(actor: StaffContext, locale: Locale = actor.locale) {
  assertCan(actor, 'consultations:schedule');
  const staff = await db.staffUser.findMany({
    where: { active: true },
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      roles: true,
      languages: true,
      schedules: {
        where: { active: true },
        orderBy: [{ weekday: 'asc' }, { startTime: 'asc' }],
        select: {
          id: true,
          weekday: true,
          startTime: true,
          endTime: true,
          slotMinutes: true,
          capacity: true,
          channels: true,
          topics: true,
          interpreterLanguages: true,
          center: { select: { name: true } },
        },
      },
    },
  });
  return staff
    .filter((s) => parseRoles(s.roles).includes('counsellor'))
    .map((s) => ({
      id: s.id,
      name: s.name,
      languages: strings(s.languages),
      blocks: s.schedules.map((b) => ({
        ...b,
        center: resolveText(b.center.name, locale),
        channels: strings(b.channels),
        topics: strings(b.topics),
        interpreterLanguages: strings(b.interpreterLanguages),
      })),
    }));
}

/**
 * A new weekly block for a counsellor. Its slots are made at once, so residents can book them
 * the moment it is saved.
 */
export async function addScheduleBlock(actor: StaffContext, input: ScheduleBlockInput): Promise<StaffResult<{ id: string }>> {
  assertCan(actor, 'consultations:schedule');
  const parsed = scheduleBlockSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const block = parsed.data;
  const [counsellor, center, topics] = await Promise.all([
    db.staffUser.findUnique({ where: { id: block.counsellorId }, select: { active: true, roles: true } }),
    db.center.findUnique({ where: { id: block.centerId }, select: { id: true } }),
    db.consultationTopic.findMany({ where: { slug: { in: block.topics } }, select: { slug: true } }),
  ]);
  if (!counsellor?.active || !parseRoles(counsellor.roles).includes('counsellor')) return refused('notCounsellor');
  if (!center) return refused('unknownCenter');
  if (topics.length !== new Set(block.topics).size) return refused('unknownTopic');

  const created = await db.counsellorSchedule.create({
    data: {
      counsellorId: block.counsellorId,
      centerId: block.centerId,
      weekday: block.weekday,
      startTime: block.startTime,
      endTime: block.endTime,
      slotMinutes: block.slotMinutes,
      capacity: block.capacity,
      channels: [...new Set(block.channels)],
      topics: [...new Set(block.topics)],
      interpreterLanguages: block.interpreterLanguages,
    },
    select: { id: true },
  });
  await materialiseSlots(db);
  await auditStaff(actor, 'change', 'CounsellorSchedule', created.id, { detail: { added: true, counsellorId: block.counsellorId } });
  return { ok: true, id: created.id };
}

/**
 * Ends a weekly block. Its future slots nobody booked go; booked ones stay so no appointment
 * disappears (they show in the day list, for staff to move or cancel).
 */
export async function removeScheduleBlock(actor: StaffContext, scheduleId: string, now = new Date()): Promise<StaffResult<{ keptBooked: number }>> {
  assertCan(actor, 'consultations:schedule');
  const { count } = await db.counsellorSchedule.updateMany({ where: { id: scheduleId, active: true }, data: { active: false } });
  if (count !== 1) return refused('notFound');
  await dropUnbookedSlots(db, scheduleId, now);
  await materialiseSlots(db, { now });
  const keptBooked = await db.consultationSlot.count({ where: { scheduleId, startsAt: { gt: now } } });
  await auditStaff(actor, 'change', 'CounsellorSchedule', scheduleId, { detail: { removed: true, keptBooked } });
  return { ok: true, keptBooked };
}
