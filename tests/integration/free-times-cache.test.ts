import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { NOW, cityDaysFrom, createWorld } from '../support/consultations';
import { confirmDraft } from '@/lib/consultations/booking';
import { FREE_TIMES_TTL_MS, freeTimesCache } from '@/lib/consultations/free-times-cache';
import { cityDayKey } from '@/lib/time/seoul';

describeEachDatabase('the booking steps’ short cache of free times', (ctx) => {
  it('drops a time booked elsewhere within its lifetime, and a stale time it still shows cannot be booked', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const ten = await world.slot(cityDaysFrom(NOW, 2, '10:00'));
    const eleven = await world.slot(cityDaysFrom(NOW, 2, '11:00'));
    // The cache's own clock, moved by hand: no waiting.
    let clock = NOW.getTime();
    const cache = freeTimesCache(db, { now: () => clock });
    const wish = { topicSlug: world.topic.slug, language: 'ko', channel: 'VISIT' as const };
    const week = { fromDay: cityDayKey(ten.startsAt), days: 7 };
    const times = async () => (await cache.openSlots(world.topic, wish, week)).map((slot) => slot.id).sort();
    expect(await times()).toEqual([ten.id, eleven.id].sort());

    // Someone else books 10:00 (another process, another page: straight through the database).
    expect(await confirmDraft(db, await world.draft(ten.id), NOW)).toMatchObject({ kind: 'booked' });

    // Within the lifetime the page may still offer 10:00, but confirming it is refused as full.
    clock += FREE_TIMES_TTL_MS - 1;
    expect(await times()).toContain(ten.id);
    const stale = await world.draft(ten.id, { values: undefined });
    expect(await confirmDraft(db, stale, NOW)).toEqual({ kind: 'full' });
    expect((await db.consultationSlot.findUniqueOrThrow({ where: { id: ten.id } })).booked).toBe(1);

    // Once the lifetime is over, 10:00 is gone from the page; 11:00 is still there.
    clock += 1;
    expect(await times()).toEqual([eleven.id]);
  });

  it('keeps one answer per question: another language or week is looked up on its own', async () => {
    const { db } = ctx();
    const world = await createWorld(db);
    const slot = await world.slot(cityDaysFrom(NOW, 20, '10:00'), { languages: ['ko'] });
    const clock = NOW.getTime();
    const cache = freeTimesCache(db, { now: () => clock });
    const week = { fromDay: cityDayKey(slot.startsAt), days: 7 };
    expect((await cache.openSlots(world.topic, { topicSlug: world.topic.slug, language: 'ko' }, week)).map((s) => s.id)).toEqual([slot.id]);
    expect(await cache.openSlots(world.topic, { topicSlug: world.topic.slug, language: 'en' }, week)).toEqual([]);
    expect(await cache.openSlots(world.topic, { topicSlug: world.topic.slug, language: 'ko' }, { fromDay: cityDayKey(cityDaysFrom(NOW, 12)), days: 7 })).toEqual([]);
    expect([...(await cache.channelsWithSlots(world.topic, { topicSlug: world.topic.slug, language: 'ko' }))].sort()).toEqual(['PHONE', 'VIDEO', 'VISIT']);
  });
});
