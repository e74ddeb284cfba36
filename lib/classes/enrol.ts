import type { Db } from '@/lib/db/client';
import { openCase } from '@/lib/cases/write';
import { koreanClassKind } from '@/lib/cases/kinds/korean-class';
import { isUniqueViolation, withRetries } from '@/lib/db/retry';
import { enrolmentForMessageInclude, queueEnrolmentMessage } from './messages';
import { activeKeys, windowState } from './rules';
import { waitlistPosition } from './waitlist-position';

/** Interactive transactions wait for a connection and for SQLite's write lock in the opening-minute rush. */
export const ENROL_TX = { maxWait: 30_000, timeout: 30_000 } as const;

export type EnrolRequest = { sectionId: string; residentId: string; locale: string; requestKey: string; now?: Date };

export type EnrolResult =
  | { kind: 'enrolled'; enrolmentId: string; repeated: boolean }
  | { kind: 'applied'; enrolmentId: string; repeated: boolean }
  | { kind: 'waitlisted'; enrolmentId: string; position: number; repeated: boolean }
  | { kind: 'not_open'; opensAt: Date }
  | { kind: 'closed' | 'cancelled' | 'gone' | 'already_in_section' | 'level_conflict' };

/**
 * Enrols a signed-in resident in a section, or puts them on its waitlist when it is full
 * (docs/decisions/016). The seat is taken by one conditional increment (`taken < capacity`), the
 * first statement of the transaction, per section: whatever number of app instances race for
 * the last seat, exactly `capacity` succeed, and the case, the enrolment and its email are undone
 * with the seat on any error. The request key makes a double click or a retry one enrolment;
 * unique active keys hold one seat per person per section and one section per level.
 */
export async function enrol(db: Db, request: EnrolRequest): Promise<EnrolResult> {
  const now = request.now ?? new Date();
  const existing = await madeFrom(db, request.requestKey);
  if (existing) return existing;
  const section = await db.classSection.findUnique({ where: { id: request.sectionId }, include: { course: { select: { level: true } }, lottery: { select: { sectionId: true } } } });
  if (!section) return { kind: 'gone' };
  const state = windowState(section, now);
  if (state === 'not_open') return { kind: 'not_open', opensAt: section.opensAt };
  if (state !== 'open') return { kind: state };
  const keys = activeKeys({ id: section.id, level: section.course.level }, request.residentId);
  // Said before touching the seat, so a person who is already in does not queue for the lock.
  const clash = await db.classEnrolment.findFirst({ where: { OR: [{ activeSectionKey: keys.activeSectionKey }, { activeLevelKey: keys.activeLevelKey }] }, select: { activeSectionKey: true } });
  if (clash) return (await madeFrom(db, request.requestKey)) ?? { kind: clash.activeSectionKey === keys.activeSectionKey ? 'already_in_section' : 'level_conflict' };
  const context = { keys, code: section.code, serviceId: await classServiceId(db), lottery: section.lottery !== null };
  try {
    return await withRetries(() => takeSeatOrQueue(db, request, context, now));
  } catch (error) {
    // A simultaneous submit of this same request (double click) may have won: whichever key
    // the database names, that enrolment is this person's, and they must see it.
    if (isUniqueViolation(error)) {
      const made = await madeFrom(db, request.requestKey);
      if (made) return made;
    }
    if (isUniqueViolation(error, 'activeSectionKey')) return { kind: 'already_in_section' };
    if (isUniqueViolation(error, 'activeLevelKey')) return { kind: 'level_conflict' };
    throw error;
  }
}

type SeatContext = { keys: ReturnType<typeof activeKeys>; code: string; serviceId: string | null; lottery: boolean };

async function takeSeatOrQueue(db: Db, request: EnrolRequest, context: SeatContext, now: Date): Promise<EnrolResult> {
  return db.$transaction(async (tx) => {
    // A lottery section's applications hold no seat: the draw gives them out (docs/decisions/024).
    const seat = context.lottery
      ? null
      : await tx.classSection.updateMany({
          where: { id: request.sectionId, cancelled: false, taken: { lt: tx.classSection.fields.capacity } },
          data: { taken: { increment: 1 } },
        });
    const status = !seat ? 'APPLIED' : seat.count === 1 ? 'ENROLLED' : 'WAITING';
    const created = await openCase(tx, koreanClassKind, {
      residentId: request.residentId,
      locale: request.locale,
      status,
      event: status === 'ENROLLED' ? 'enrolled' : status === 'APPLIED' ? 'applied' : 'waitlisted',
      actor: { type: 'resident' },
      serviceId: context.serviceId,
      data: { section: context.code },
      at: now,
    });
    const enrolment = await tx.classEnrolment.create({
      data: { caseId: created.id, sectionId: request.sectionId, residentId: request.residentId, status, requestKey: request.requestKey, ...context.keys, joinedAt: now, locale: request.locale },
      include: enrolmentForMessageInclude,
    });
    if (status === 'APPLIED') {
      await queueEnrolmentMessage(tx, enrolment, { template: 'classApplied' });
      return { kind: 'applied', enrolmentId: enrolment.id, repeated: false } as const;
    }
    if (status === 'ENROLLED') {
      await queueEnrolmentMessage(tx, enrolment, { template: 'classEnrolled' });
      return { kind: 'enrolled', enrolmentId: enrolment.id, repeated: false } as const;
    }
    const position = await waitlistPosition(tx, enrolment);
    await queueEnrolmentMessage(tx, enrolment, { template: 'classWaitlisted', position });
    return { kind: 'waitlisted', enrolmentId: enrolment.id, position, repeated: false } as const;
  }, ENROL_TX);
}

async function madeFrom(db: Db, requestKey: string): Promise<EnrolResult | null> {
  const made = await db.classEnrolment.findUnique({ where: { requestKey }, select: { id: true, status: true, sectionId: true, joinedAt: true } });
  if (!made) return null;
  if (made.status === 'APPLIED') return { kind: 'applied', enrolmentId: made.id, repeated: true };
  if (made.status === 'WAITING') return { kind: 'waitlisted', enrolmentId: made.id, position: await waitlistPosition(db, made), repeated: true };
  return { kind: 'enrolled', enrolmentId: made.id, repeated: true };
}

/** The city's Korean-classes service, which enrolment cases belong to (null before it is seeded). */
export async function classServiceId(db: Pick<Db, 'service'>) {
  return (await db.service.findFirst({ where: { kind: 'KOREAN_CLASS', active: true }, select: { id: true } }))?.id ?? null;
}
