import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { NOW, createResidents, createSection, requestKey } from '../support/classes';
import { enrol, type EnrolResult } from '@/lib/classes/enrol';

const hour = 3_600_000;

describeEachDatabase('class enrolment', (ctx) => {
  it('enrols exactly the capacity when many residents submit at once; the rest wait in order, each told their position', async () => {
    const { db } = ctx();
    const section = await createSection(db, { capacity: 5 });
    const residents = await createResidents(db, 40);
    const results = await Promise.all(residents.map((r) => enrol(db, { sectionId: section.id, residentId: r.id, locale: 'ru', requestKey: requestKey(), now: NOW })));
    expect(results.filter((r) => r.kind === 'enrolled')).toHaveLength(5);
    expect(results.filter((r) => r.kind === 'waitlisted')).toHaveLength(35);
    expect((await db.classSection.findUniqueOrThrow({ where: { id: section.id } })).taken).toBe(5);
    expect(await db.classEnrolment.count({ where: { sectionId: section.id, status: 'ENROLLED' } })).toBe(5);
    const positions = results.flatMap((r) => (r.kind === 'waitlisted' ? [r.position] : [])).sort((a, b) => a - b);
    expect(new Set(positions).size).toBeGreaterThan(1);
    // Every case has its email in the resident's language: a confirmation or a waitlist place.
    const mail = await db.outboxMessage.findMany({
      where: { caseId: { in: (await db.classEnrolment.findMany({ where: { sectionId: section.id }, select: { caseId: true } })).map((e) => e.caseId) } },
    });
    expect(mail.filter((m) => m.template === 'classEnrolled')).toHaveLength(5);
    expect(mail.filter((m) => m.template === 'classWaitlisted')).toHaveLength(35);
    expect(mail.every((m) => m.locale === 'ru')).toBe(true);
  });

  it('makes a double submit (the same request key, at once or again later) one enrolment', async () => {
    const { db } = ctx();
    const section = await createSection(db, { capacity: 2 });
    const [resident] = await createResidents(db, 1);
    const key = requestKey();
    const both = await Promise.all([1, 2].map(() => enrol(db, { sectionId: section.id, residentId: resident!.id, locale: 'en', requestKey: key, now: NOW })));
    expect(both.map((r) => r.kind)).toEqual(['enrolled', 'enrolled']);
    const again = await enrol(db, { sectionId: section.id, residentId: resident!.id, locale: 'en', requestKey: key, now: NOW });
    expect(again).toMatchObject({ kind: 'enrolled', repeated: true });
    expect(await db.classEnrolment.count({ where: { sectionId: section.id } })).toBe(1);
    expect((await db.classSection.findUniqueOrThrow({ where: { id: section.id } })).taken).toBe(1);
    expect(await db.outboxMessage.count({ where: { template: 'classEnrolled', residentId: resident!.id } })).toBe(1);
  });

  it('holds one place per person per section, even from two tabs at once', async () => {
    const { db } = ctx();
    const section = await createSection(db, { capacity: 3 });
    const [resident] = await createResidents(db, 1);
    const results = await Promise.all([1, 2, 3].map(() => enrol(db, { sectionId: section.id, residentId: resident!.id, locale: 'en', requestKey: requestKey(), now: NOW })));
    expect(results.filter((r) => r.kind === 'enrolled')).toHaveLength(1);
    expect(results.filter((r) => r.kind !== 'enrolled').every((r) => r.kind === 'already_in_section' || r.kind === 'level_conflict')).toBe(true);
    expect((await db.classSection.findUniqueOrThrow({ where: { id: section.id } })).taken).toBe(1);
  });

  it('allows one active section per level: another KIIP 3 section is refused, another level is fine', async () => {
    const { db } = ctx();
    const first = await createSection(db, { level: 'KIIP_3' });
    const second = await createSection(db, { level: 'KIIP_3' });
    const other = await createSection(db, { level: 'TOPIK_1' });
    const [resident] = await createResidents(db, 1);
    const ask = (sectionId: string) => enrol(db, { sectionId, residentId: resident!.id, locale: 'en', requestKey: requestKey(), now: NOW });
    expect((await ask(first.id)).kind).toBe('enrolled');
    expect(await ask(second.id)).toEqual({ kind: 'level_conflict' });
    expect((await ask(other.id)).kind).toBe('enrolled');
    expect((await db.classSection.findUniqueOrThrow({ where: { id: second.id } })).taken).toBe(0);
  });

  it('refuses before the window opens (saying when), at and after it closes, and for a cancelled section', async () => {
    const { db } = ctx();
    const opensAt = new Date(NOW.getTime() + hour);
    const closesAt = new Date(NOW.getTime() + 2 * hour);
    const section = await createSection(db, { opensAt, closesAt });
    const cancelled = await createSection(db, { cancelled: true });
    const [resident] = await createResidents(db, 1);
    const at = (now: Date, sectionId = section.id): Promise<EnrolResult> => enrol(db, { sectionId, residentId: resident!.id, locale: 'en', requestKey: requestKey(), now });
    expect(await at(new Date(opensAt.getTime() - 1))).toEqual({ kind: 'not_open', opensAt });
    expect(await at(closesAt)).toEqual({ kind: 'closed' });
    expect(await at(new Date(closesAt.getTime() + hour))).toEqual({ kind: 'closed' });
    expect(await at(NOW, cancelled.id)).toEqual({ kind: 'cancelled' });
    expect(await at(NOW, 'no-such-section')).toEqual({ kind: 'gone' });
    expect(await db.classEnrolment.count({ where: { residentId: resident!.id } })).toBe(0);
    // At the opening instant exactly, the window is open.
    expect((await at(opensAt)).kind).toBe('enrolled');
  });

  it('refuses a seat above capacity at the database too (CHECK constraint)', async () => {
    const { db } = ctx();
    const section = await createSection(db, { capacity: 1 });
    await expect(db.classSection.update({ where: { id: section.id }, data: { taken: 2 } })).rejects.toThrow();
  });
});
