import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { NOW, createResidents, createSection, requestKey } from '../support/classes';
import { enrol, type EnrolResult } from '@/lib/classes/enrol';
import { acceptOffer, expireOffers, leave } from '@/lib/classes/waitlist';
import type { Db } from '@/lib/db/client';
import { waitlistPosition } from '@/lib/classes/waitlist-position';

const hour = 3_600_000;
const idOf = (r: EnrolResult) => (r.kind === 'enrolled' || r.kind === 'waitlisted' ? r.enrolmentId : '');

/** A full section of `capacity` and `waiting` people on its waitlist, who joined one minute apart. */
async function fullSection(db: Db, capacity: number, waiting: number, options: { startsOn?: Date } = {}) {
  const section = await createSection(db, { capacity, ...options });
  const residents = await createResidents(db, capacity + waiting, 'en');
  const ids: string[] = [];
  for (const [index, resident] of residents.entries()) {
    ids.push(idOf(await enrol(db, { sectionId: section.id, residentId: resident.id, locale: 'en', requestKey: requestKey(), now: new Date(NOW.getTime() + index * 60_000) })));
  }
  return { section, residents, enrolled: ids.slice(0, capacity), waiting: ids.slice(capacity) };
}

const statusOf = async (db: Db, id: string) => (await db.classEnrolment.findUniqueOrThrow({ where: { id } })).status;
const taken = async (db: Db, id: string) => (await db.classSection.findUniqueOrThrow({ where: { id } })).taken;
const LATER = new Date(NOW.getTime() + 2 * hour);

describeEachDatabase('class waitlist', (ctx) => {
  it('shows each waiting person their position, and moves them up when someone leaves the list', async () => {
    const { db } = ctx();
    const { section, residents, waiting } = await fullSection(db, 1, 3);
    const position = async (id: string) => waitlistPosition(db, await db.classEnrolment.findUniqueOrThrow({ where: { id } }));
    expect(await Promise.all(waiting.map(position))).toEqual([1, 2, 3]);
    expect(await leave(db, { enrolmentId: waiting[0]!, actor: { type: 'resident' }, residentId: residents[1]!.id, now: LATER })).toEqual({ ok: true, offered: 0 });
    expect(await statusOf(db, waiting[0]!)).toBe('WITHDRAWN');
    expect(await Promise.all(waiting.slice(1).map(position))).toEqual([1, 2]);
    expect(await taken(db, section.id)).toBe(1);
  });

  it('offers a withdrawn seat to the first person waiting, by email with its expiry; accepting in time enrols them', async () => {
    const { db } = ctx();
    const { section, residents, enrolled, waiting } = await fullSection(db, 2, 2);
    expect(await leave(db, { enrolmentId: enrolled[0]!, actor: { type: 'resident' }, residentId: residents[0]!.id, now: LATER })).toEqual({ ok: true, offered: 1 });
    const offered = await db.classEnrolment.findUniqueOrThrow({ where: { id: waiting[0]! } });
    expect(offered.status).toBe('OFFERED');
    expect(offered.offerExpiresAt).toEqual(new Date(LATER.getTime() + 48 * hour));
    expect(await statusOf(db, waiting[1]!)).toBe('WAITING');
    expect(await taken(db, section.id)).toBe(2);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { caseId: offered.caseId, template: 'classOffered' } });
    expect(mail.text).toContain('Korean Standard Time');
    // Someone else cannot accept it; its holder can, before it expires.
    expect(await acceptOffer(db, { enrolmentId: offered.id, residentId: residents[3]!.id, now: LATER })).toEqual({ ok: false, refused: 'notFound' });
    expect(await acceptOffer(db, { enrolmentId: offered.id, residentId: residents[2]!.id, now: new Date(LATER.getTime() + 47 * hour) })).toEqual({ ok: true, offered: 0 });
    expect(await statusOf(db, offered.id)).toBe('ENROLLED');
    expect((await db.case.findUniqueOrThrow({ where: { id: offered.caseId } })).status).toBe('ENROLLED');
  });

  it('lapses an expired offer (the job, idempotent) and offers the seat to the next person; accepting late is refused', async () => {
    const { db } = ctx();
    const { residents, enrolled, waiting } = await fullSection(db, 1, 2);
    await leave(db, { enrolmentId: enrolled[0]!, actor: { type: 'resident' }, residentId: residents[0]!.id, now: LATER });
    const expiry = new Date(LATER.getTime() + 48 * hour);
    expect(await expireOffers(db, new Date(expiry.getTime() - 1))).toEqual({ expired: 0, offered: 0 });
    const [first, second] = await Promise.all([expireOffers(db, expiry), expireOffers(db, expiry)]);
    expect(first!.expired + second!.expired).toBe(1);
    expect(first!.offered + second!.offered).toBe(1);
    expect(await statusOf(db, waiting[0]!)).toBe('EXPIRED');
    expect(await statusOf(db, waiting[1]!)).toBe('OFFERED');
    expect(await acceptOffer(db, { enrolmentId: waiting[0]!, residentId: residents[1]!.id, now: expiry })).toEqual({ ok: false, refused: 'notAllowed' });
    // An offer not yet lapsed by the job is still refused once its time has passed.
    const secondExpiry = (await db.classEnrolment.findUniqueOrThrow({ where: { id: waiting[1]! } })).offerExpiresAt!;
    expect(await acceptOffer(db, { enrolmentId: waiting[1]!, residentId: residents[2]!.id, now: secondExpiry })).toEqual({ ok: false, refused: 'offerExpired' });
  });

  it('passes a declined offer to the next person', async () => {
    const { db } = ctx();
    const { residents, enrolled, waiting } = await fullSection(db, 1, 2);
    await leave(db, {
      enrolmentId: enrolled[0]!,
      actor: { type: 'staff', id: (await db.staffUser.create({ data: { email: `c${Date.now()}@x.org`, name: 'C', roles: ['class_coordinator'], languages: [] } })).id },
      now: LATER,
    });
    expect(await leave(db, { enrolmentId: waiting[0]!, actor: { type: 'resident' }, residentId: residents[1]!.id, now: LATER })).toEqual({ ok: true, offered: 1 });
    expect(await statusOf(db, waiting[0]!)).toBe('DECLINED');
    expect(await statusOf(db, waiting[1]!)).toBe('OFFERED');
  });

  it('offers nothing once the term has started', async () => {
    const { db } = ctx();
    const { section, residents, enrolled, waiting } = await fullSection(db, 1, 1, { startsOn: new Date(NOW.getTime() + hour) });
    expect(await leave(db, { enrolmentId: enrolled[0]!, actor: { type: 'resident' }, residentId: residents[0]!.id, now: LATER })).toEqual({ ok: true, offered: 0 });
    expect(await statusOf(db, waiting[0]!)).toBe('WAITING');
    expect(await taken(db, section.id)).toBe(0);
  });

  it('offers two concurrent withdrawals to two different people', async () => {
    const { db } = ctx();
    const { section, residents, enrolled, waiting } = await fullSection(db, 2, 3);
    const results = await Promise.all(enrolled.map((id, i) => leave(db, { enrolmentId: id, actor: { type: 'resident' }, residentId: residents[i]!.id, now: LATER })));
    expect(results).toEqual([
      { ok: true, offered: 1 },
      { ok: true, offered: 1 },
    ]);
    expect(await Promise.all(waiting.map((id) => statusOf(db, id)))).toEqual(['OFFERED', 'OFFERED', 'WAITING']);
    expect(await taken(db, section.id)).toBe(2);
  });
});
