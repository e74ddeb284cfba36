import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { buildCase, buildCenter, buildCity, buildResident, buildService, buildStaffUser } from '@/prisma/builders';
import type { StaffContext } from '@/lib/auth/guards';
import { permissionsOf, type Role } from '@/lib/auth/roles';
import type { Db } from '@/lib/db/client';
import { caseWhereFor, findCaseFor } from '@/lib/cases/access';
import { caseForStaff } from '@/lib/cases/staff-detail';
import { addNote, answerTransfer, assignCase } from '@/lib/cases/staff-work';
import { CaseRuleBroken, openCase, recordEvent, transition } from '@/lib/cases/write';
import { consultationKind } from '@/lib/cases/kinds/consultation';
import { consultationPanel } from '@/lib/consultations/case-panel';
import { checkIn, markNoShow, recordOutcome } from '@/lib/consultations/staff/attendance';
import { bookingSummary, staffCancel } from '@/lib/consultations/staff/cancel';
import { dayList } from '@/lib/consultations/staff/day-list';
import { addDays, cityDayKey, cityWallTime } from '@/lib/time/seoul';

async function actorFor(db: Db, roles: Role[]): Promise<StaffContext> {
  const row = await db.staffUser.create({ data: buildStaffUser({ roles, languages: ['ko', 'vi'] }) });
  return { id: row.id, name: row.name, email: row.email, roles, permissions: permissionsOf(roles), languages: ['ko', 'vi'], locale: 'en', twoFactorEnabled: true };
}

describeEachDatabase('the case core: one access rule, and only the moves a kind allows', (ctx) => {
  let mine: StaffContext;
  let colleague: StaffContext;
  let supervisor: StaffContext;
  let caseworker: StaffContext;
  let centerId: string;
  let topicId: string;
  const day = () => addDays(cityDayKey(new Date()), 2);

  beforeAll(async () => {
    const { db } = ctx();
    const city = await db.city.create({ data: buildCity() });
    centerId = (await db.center.create({ data: buildCenter(city.id) })).id;
    const service = await db.service.create({ data: buildService({ centerId }) });
    topicId = (await db.consultationTopic.create({ data: { slug: `access-${Date.now()}`, title: { en: 'Work' }, summary: { en: 'Work' }, serviceId: service.id } })).id;
    mine = await actorFor(db, ['counsellor']);
    colleague = await actorFor(db, ['counsellor']);
    supervisor = await actorFor(db, ['supervisor']);
    caseworker = await actorFor(db, ['caseworker']);
  });

  /** A booked consultation of `counsellorId`, its case opened through the core as a booking does. */
  async function consultation(counsellorId: string, hhmm = '10:00') {
    const { db } = ctx();
    const resident = await db.resident.create({ data: buildResident() });
    const startsAt = cityWallTime(day(), hhmm);
    return db.$transaction(async (tx) => {
      const opened = await openCase(tx, consultationKind, { residentId: resident.id, locale: 'en', status: 'SCHEDULED', event: 'booked', actor: { type: 'resident' }, assigneeId: counsellorId });
      const booking = await tx.consultationBooking.create({
        data: {
          caseId: opened.id,
          topicId,
          counsellorId,
          centerId,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3_600_000),
          channel: 'VISIT',
          language: 'vi',
          locale: 'en',
          name: resident.name,
          email: resident.email,
          problem: 'Wages unpaid.',
        },
      });
      return { caseId: opened.id, bookingId: booking.id, startsAt };
    });
  }

  it('a counsellor cannot open, list, count or change a colleague’s consultation case; a supervisor can', async () => {
    const { db } = ctx();
    const own = await consultation(mine.id, '09:00');
    const other = await consultation(colleague.id, '11:00');
    const onTheDay = new Date(other.startsAt.getTime() - 30 * 60_000);

    // Open: the page's data and the service's panel.
    expect((await caseForStaff(mine, own.caseId)).kind).toBe('found');
    expect((await caseForStaff(mine, other.caseId)).kind).toBe('denied');
    expect(await consultationPanel(mine, other.caseId, 'en')).toBeNull();
    expect(await bookingSummary(mine, other.bookingId)).toBeNull();
    expect((await caseForStaff(supervisor, other.caseId)).kind).toBe('found');
    expect((await caseForStaff(caseworker, own.caseId)).kind).toBe('denied');

    // List and count: the same rule as a `where`.
    const ids = [own.caseId, other.caseId];
    const visible = async (actor: StaffContext) => (await db.case.findMany({ where: { AND: [{ id: { in: ids } }, caseWhereFor(actor, 'read')] }, select: { id: true } })).map((c) => c.id);
    expect(await visible(mine)).toEqual([own.caseId]);
    expect((await visible(supervisor)).sort()).toEqual([...ids].sort());
    expect(await visible(caseworker)).toEqual([]);
    expect(await db.case.count({ where: { AND: [{ id: { in: ids } }, caseWhereFor(mine, 'read')] } })).toBe(1);
    const dayBookings = async (actor: StaffContext) => (await dayList(actor, { day: day(), centerId })).flatMap((d) => d.bookings.map((b) => b.caseId));
    expect(await dayBookings(mine)).toEqual([own.caseId]);
    expect((await dayBookings(supervisor)).sort()).toEqual([...ids].sort());

    // Change: every action of the data layer refuses, and the case stays as it was.
    expect(await checkIn(mine, other.bookingId, onTheDay)).toMatchObject({ ok: false, refused: 'notFound' });
    expect(await markNoShow(mine, other.bookingId, new Date(other.startsAt.getTime() + 60_000))).toMatchObject({ ok: false, refused: 'notFound' });
    expect(await recordOutcome(mine, other.bookingId, { note: 'x', followUp: false }, new Date(other.startsAt.getTime() + 60_000))).toMatchObject({ ok: false, refused: 'notFound' });
    expect(await staffCancel(mine, { bookingId: other.bookingId, reason: 'Counsellor is ill today.' })).toMatchObject({ ok: false, refused: 'notFound' });
    expect(await addNote(mine, other.caseId, { note: 'Looked at it.' })).toMatchObject({ ok: false, refused: 'caseNotFound' });
    expect(await assignCase(mine, other.caseId, mine.id)).toMatchObject({ ok: false, refused: 'caseNotFound' });
    expect(await db.consultationBooking.findUniqueOrThrow({ where: { id: other.bookingId } })).toMatchObject({ status: 'BOOKED' });
    expect((await db.caseEvent.findMany({ where: { caseId: other.caseId } })).map((e) => e.type)).toEqual(['booked']);

    // The supervisor may; and the counsellor may change their own.
    expect(await checkIn(supervisor, other.bookingId, onTheDay)).toEqual({ ok: true, caseId: other.caseId });
    expect(await checkIn(mine, own.bookingId, new Date(own.startsAt.getTime() - 60_000))).toEqual({ ok: true, caseId: own.caseId });

    // A refused view is in the audit log, with who tried.
    expect(await db.auditLog.count({ where: { action: 'access_denied', entity: 'Case', entityId: other.caseId, actorId: mine.id } })).toBe(1);
  });

  it('a transfer stays with the assignee until the colleague accepts; notes go on the timeline', async () => {
    const { db } = ctx();
    const c = await consultation(mine.id, '13:00');
    expect(await addNote(mine, c.caseId, { note: ' ' })).toMatchObject({ ok: false, invalid: expect.anything() });
    expect(await addNote(mine, c.caseId, { note: 'Resident prefers afternoons.' })).toEqual({ ok: true, caseId: c.caseId });
    expect(await assignCase(mine, c.caseId, colleague.id)).toEqual({ ok: true, caseId: c.caseId });
    expect(await db.case.findUniqueOrThrow({ where: { id: c.caseId } })).toMatchObject({ assigneeId: mine.id, pendingAssigneeId: colleague.id });
    // Offered, the colleague may read it before accepting, but not change it.
    expect(await findCaseFor(colleague, c.caseId, 'read')).not.toBeNull();
    expect(await findCaseFor(colleague, c.caseId, 'update')).toBeNull();
    expect(await answerTransfer(caseworker, c.caseId, true)).toMatchObject({ ok: false, refused: 'noTransfer' });
    expect(await answerTransfer(colleague, c.caseId, true)).toEqual({ ok: true, caseId: c.caseId });
    expect(await db.case.findUniqueOrThrow({ where: { id: c.caseId } })).toMatchObject({ assigneeId: colleague.id, pendingAssigneeId: null });
    expect(await findCaseFor(mine, c.caseId, 'read')).toBeNull();
    const timeline = await db.caseEvent.findMany({ where: { caseId: c.caseId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    expect(timeline.map((e) => e.type)).toEqual(['booked', 'note', 'transfer_offered', 'transfer_accepted']);
    // A supervisor assigns directly.
    expect(await assignCase(supervisor, c.caseId, mine.id)).toEqual({ ok: true, caseId: c.caseId });
    expect(await db.case.findUniqueOrThrow({ where: { id: c.caseId } })).toMatchObject({ assigneeId: mine.id, pendingAssigneeId: null });
  });

  it('refuses a move, a status or an event the kind does not declare, and a case of another kind', async () => {
    const { db } = ctx();
    const c = await consultation(mine.id, '15:00');
    await db.$transaction((tx) => transition(tx, consultationKind, c.caseId, { to: 'COMPLETED', event: 'outcome', actor: { type: 'staff', id: mine.id } }));
    expect(await db.case.findUniqueOrThrow({ where: { id: c.caseId } })).toMatchObject({ status: 'COMPLETED', closedAt: expect.any(Date) });
    // Completed is final for a consultation.
    await expect(db.$transaction((tx) => transition(tx, consultationKind, c.caseId, { to: 'SCHEDULED' as 'COMPLETED', event: 'booked', actor: { type: 'system' } }))).rejects.toMatchObject({
      reason: 'transition_not_allowed',
    });
    await expect(db.$transaction((tx) => transition(tx, consultationKind, c.caseId, { to: 'CANCELLED', event: 'cancelled', actor: { type: 'system' } }))).rejects.toBeInstanceOf(CaseRuleBroken);
    await expect(db.$transaction((tx) => recordEvent(tx, consultationKind, c.caseId, { event: 'approved' as 'booked', actor: { type: 'system' } }))).rejects.toMatchObject({ reason: 'unknown_event' });
    const resident = await db.resident.create({ data: buildResident() });
    await expect(
      db.$transaction((tx) => openCase(tx, consultationKind, { residentId: resident.id, locale: 'en', status: 'COMPLETED', event: 'booked', actor: { type: 'system' } })),
    ).rejects.toMatchObject({ reason: 'unknown_status' });
    const support = await db.case.create({ data: buildCase(resident.id, { kind: 'EMERGENCY_SUPPORT', status: 'SUBMITTED' }) });
    await expect(db.$transaction((tx) => transition(tx, consultationKind, support.id, { to: 'CANCELLED', event: 'cancelled', actor: { type: 'system' } }))).rejects.toMatchObject({
      reason: 'wrong_kind',
    });
    // Nothing of the refused moves was written.
    expect((await db.caseEvent.findMany({ where: { caseId: c.caseId } })).map((e) => e.type)).toEqual(['booked', 'outcome']);
    expect(await db.case.findUniqueOrThrow({ where: { id: c.caseId } })).toMatchObject({ status: 'COMPLETED' });
  });

  it('two staff completing the same case at once: one wins, the other is refused', async () => {
    const { db } = ctx();
    const c = await consultation(mine.id, '16:00');
    const results = await Promise.allSettled(
      [1, 2].map(() => db.$transaction((tx) => transition(tx, consultationKind, c.caseId, { to: 'NO_SHOW', event: 'no_show', actor: { type: 'staff', id: supervisor.id } }))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await db.caseEvent.findMany({ where: { caseId: c.caseId, type: 'no_show' } })).length).toBe(1);
  });
});
