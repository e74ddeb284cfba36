import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { buildCenter, buildCity, buildService, buildStaffUser } from '@/prisma/builders';
import { AccessDenied, type StaffContext } from '@/lib/auth/guards';
import { permissionsOf, type Role } from '@/lib/auth/roles';
import { openSlots } from '@/lib/consultations/availability';
import { bookableDays, changeProblem } from '@/lib/consultations/rules';
import { materialiseSlots } from '@/lib/consultations/slots';
import { listTopicRules, updateTopicRules } from '@/lib/consultations/staff/topics';
import { addDays, cityDayKey, cityWallTime } from '@/lib/time/seoul';
import type { Db } from '@/lib/db/client';

/** The context requireStaff() builds from a session, made here from the staff row itself. */
async function actorFor(db: Db, roles: Role[], languages = ['ko', 'vi']): Promise<StaffContext> {
  const row = await db.staffUser.create({ data: buildStaffUser({ roles, languages }) });
  return { id: row.id, name: row.name, email: row.email, roles, permissions: permissionsOf(roles), languages, locale: 'en', twoFactorEnabled: true };
}

const today = () => cityDayKey(new Date());
const rulesForm = (rules: { minNoticeDays?: number | string; horizonDays?: number | string; changeDeadlineDays?: number | string; maxReschedules?: number | string; active?: boolean } = {}) => ({
  minNoticeDays: '1',
  horizonDays: '28',
  changeDeadlineDays: '1',
  maxReschedules: '2',
  active: true,
  ...rules,
});
const formErrors = JSON.parse(readFileSync('messages/en.json', 'utf8')).Forms.errors as Record<string, string>;

describeEachDatabase('consultations: booking rules of a topic, set by staff', (ctx) => {
  let topic: { id: string; slug: string };
  let supervisor: StaffContext;
  let counsellor: StaffContext;

  const rulesNow = () =>
    ctx().db.consultationTopic.findUniqueOrThrow({ where: { id: topic.id }, select: { minNoticeDays: true, horizonDays: true, changeDeadlineDays: true, maxReschedules: true, active: true } });
  const offeredDays = async () => {
    const slots = await openSlots(ctx().db, await rulesNow(), { topicSlug: topic.slug, language: 'vi', channel: 'VISIT' });
    return [...new Set(slots.map((s) => cityDayKey(s.startsAt)))];
  };

  beforeAll(async () => {
    const { db } = ctx();
    const city = await db.city.create({ data: buildCity() });
    const centerId = (await db.center.create({ data: buildCenter(city.id, { slug: 'consultation-center' }) })).id;
    const service = await db.service.create({ data: buildService({ centerId }) });
    topic = await db.consultationTopic.create({
      data: { slug: 'daily-life', title: { en: 'Daily life', ko: '일상생활' }, summary: { en: 'Everyday questions' }, serviceId: service.id },
      select: { id: true, slug: true },
    });
    supervisor = await actorFor(db, ['supervisor']);
    counsellor = await actorFor(db, ['counsellor']);
    // One hour every day of the week, so every bookable day has a time to offer.
    for (let weekday = 0; weekday < 7; weekday++) {
      await db.counsellorSchedule.create({
        data: { counsellorId: counsellor.id, centerId, weekday, startTime: '10:00', endTime: '11:00', slotMinutes: 60, capacity: 1, channels: ['VISIT'], topics: [], interpreterLanguages: [] },
      });
    }
    await materialiseSlots(db);
  });

  it('lists every topic with its rules and its title in the staff member’s language', async () => {
    expect(await listTopicRules(supervisor)).toEqual([
      {
        id: topic.id,
        slug: 'daily-life',
        title: { text: 'Daily life', locale: 'en', isFallback: false },
        minNoticeDays: 1,
        horizonDays: 28,
        changeDeadlineDays: 1,
        maxReschedules: 2,
        active: true,
        updatedAt: expect.any(Date),
      },
    ]);
    expect((await listTopicRules(supervisor, 'ko'))[0]!.title.text).toBe('일상생활');
  });

  it('offers residents the times the new rules allow, as soon as a supervisor saves them', async () => {
    const { db } = ctx();
    expect((await offeredDays())[0]).toBe(addDays(today(), 1));
    expect((await offeredDays()).at(-1)).toBe(addDays(today(), 28));

    // Three days' notice: tomorrow's time is no longer offered.
    expect(await updateTopicRules(supervisor, topic.id, rulesForm({ minNoticeDays: '3' }))).toEqual({ ok: true, changed: ['minNoticeDays'] });
    expect((await offeredDays())[0]).toBe(addDays(today(), 3));
    const tomorrow = await db.consultationSlot.findFirstOrThrow({ where: { startsAt: cityWallTime(addDays(today(), 1), '10:00') } });
    expect((await openSlots(db, await rulesNow(), { topicSlug: topic.slug, language: 'vi' })).map((s) => s.id)).not.toContain(tomorrow.id);

    // A longer horizon: the slots that far ahead are made at once, not at the next nightly run.
    expect(await updateTopicRules(supervisor, topic.id, rulesForm({ minNoticeDays: '3', horizonDays: '90' }))).toEqual({ ok: true, changed: ['horizonDays'] });
    expect(bookableDays(await rulesNow(), new Date())).toEqual({ first: addDays(today(), 3), last: addDays(today(), 90) });
    expect((await offeredDays()).at(-1)).toBe(addDays(today(), 90));

    // No more moving a booking online, and changes end three days before.
    expect(await updateTopicRules(supervisor, topic.id, rulesForm({ minNoticeDays: '3', horizonDays: '90', maxReschedules: '0', changeDeadlineDays: '3' }))).toEqual({
      ok: true,
      changed: ['changeDeadlineDays', 'maxReschedules'],
    });
    const booking = { status: 'BOOKED', startsAt: cityWallTime(addDays(today(), 10), '10:00'), reschedules: 0 };
    expect(changeProblem(await rulesNow(), booking, new Date(), 'reschedule')).toBe('reschedule_limit');
    expect(changeProblem(await rulesNow(), booking, new Date(), 'cancel')).toBeNull();
    expect(changeProblem(await rulesNow(), { ...booking, startsAt: cityWallTime(addDays(today(), 2), '10:00') }, new Date(), 'cancel')).toBe('deadline_passed');

    // A closed topic offers nothing, and still shows on the staff page to be opened again.
    expect(await updateTopicRules(supervisor, topic.id, rulesForm({ minNoticeDays: 3, horizonDays: 90, maxReschedules: 0, changeDeadlineDays: 3, active: false }))).toEqual({
      ok: true,
      changed: ['active'],
    });
    expect((await listTopicRules(supervisor))[0]).toMatchObject({ id: topic.id, active: false });
    expect(await updateTopicRules(supervisor, topic.id, rulesForm())).toMatchObject({ ok: true });
    expect(await rulesNow()).toEqual({ minNoticeDays: 1, horizonDays: 28, changeDeadlineDays: 1, maxReschedules: 2, active: true });
  });

  it('writes an audit row naming the changed rules with their old and new numbers, and none when nothing changed', async () => {
    const { db } = ctx();
    const rows = () => db.auditLog.findMany({ where: { entity: 'ConsultationTopic', entityId: topic.id }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
    const before = (await rows()).length;
    expect(await updateTopicRules(supervisor, topic.id, rulesForm({ minNoticeDays: '2', horizonDays: '60' }))).toEqual({ ok: true, changed: ['minNoticeDays', 'horizonDays'] });
    const written = await rows();
    expect(written).toHaveLength(before + 1);
    expect(written.at(-1)).toMatchObject({
      actorType: 'staff',
      actorId: supervisor.id,
      action: 'change',
      detail: { changed: ['minNoticeDays', 'horizonDays'], from: { minNoticeDays: 1, horizonDays: 28 }, to: { minNoticeDays: 2, horizonDays: 60 } },
    });
    expect(await updateTopicRules(supervisor, topic.id, rulesForm({ minNoticeDays: '2', horizonDays: '60' }))).toEqual({ ok: true, changed: [] });
    expect(await rows()).toHaveLength(before + 1);
    await updateTopicRules(supervisor, topic.id, rulesForm());
  });

  it('refuses rules that make no sense, with the message key at the field, and changes nothing', async () => {
    const before = await rulesNow();
    const issues = async (input: ReturnType<typeof rulesForm>) => {
      const result = await updateTopicRules(supervisor, topic.id, input);
      if (result.ok || !('invalid' in result)) throw new Error(JSON.stringify(result));
      return Object.fromEntries(result.invalid.issues.map((issue) => [String(issue.path[0]), issue.message]));
    };
    // The last bookable day before the first: nothing could be booked.
    expect(await issues(rulesForm({ minNoticeDays: '5', horizonDays: '3' }))).toEqual({ horizonDays: 'horizonBeforeNotice' });
    expect(await issues(rulesForm({ minNoticeDays: '31', horizonDays: '', changeDeadlineDays: '1.5', maxReschedules: '-1' }))).toEqual({
      minNoticeDays: 'numberRange',
      horizonDays: 'required',
      changeDeadlineDays: 'numberRange',
      maxReschedules: 'numberRange',
    });
    expect(await issues(rulesForm({ horizonDays: '181', changeDeadlineDays: '15', maxReschedules: 'many' }))).toEqual({
      horizonDays: 'numberRange',
      changeDeadlineDays: 'numberRange',
      maxReschedules: 'numberRange',
    });
    // Each key is a message the form can show.
    for (const key of ['horizonBeforeNotice', 'numberRange', 'required']) expect(formErrors[key], key).toBeTypeOf('string');
    expect(await updateTopicRules(supervisor, 'no-such-topic', rulesForm())).toEqual({ ok: false, refused: 'notFound', values: undefined });
    expect(await rulesNow()).toEqual(before);
  });

  it('lets only staff who plan consultations change the rules: a counsellor is refused', async () => {
    const before = await rulesNow();
    await expect(listTopicRules(counsellor)).rejects.toThrow(AccessDenied);
    await expect(updateTopicRules(counsellor, topic.id, rulesForm({ maxReschedules: '9' }))).rejects.toThrow(AccessDenied);
    expect(await rulesNow()).toEqual(before);
  });
});
