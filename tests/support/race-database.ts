// The database side of the booking race (tests/support/race-harness.ts), run with tsx in its own
// process: Playwright compiles specs to CommonJS, which cannot load the generated Prisma client.
//   arrange <requests> <capacity> <locale>  one slot with `capacity` seats and one draft per request
//   count <slotId>                         what the race left in the database
// DATABASE_URL names the (already migrated and seeded) database; the answer is JSON on stdout.
import { createDb } from '@/lib/db/client';
import { saveDraft } from '@/lib/consultations/drafts';
import { addDays, cityDayKey, cityWallTime } from '@/lib/time/seoul';
import { buildCenter, buildStaffUser } from '@/prisma/builders';

const db = createDb();

/**
 * The slot is at a centre of its own: confirmDraft falls back to an equivalent slot (same time and
 * centre, another counsellor) when the chosen one is full, and the seeded counsellors have slots
 * at 10:00 at the seeded centre. Alone at its centre, a full slot really means "full".
 */
async function arrange(requests: number, capacity: number, locale: string) {
  const city = await db.city.findFirstOrThrow({ select: { id: true } });
  const topic = await db.consultationTopic.findUniqueOrThrow({ where: { slug: 'daily-life' }, select: { id: true, slug: true } });
  const center = await db.center.create({ data: buildCenter(city.id, { slug: `race-center-${Date.now()}` }), select: { id: true } });
  const counsellor = await db.staffUser.create({
    data: buildStaffUser({ email: `race.counsellor.${Date.now()}@race.test`, name: 'Race Counsellor', roles: ['counsellor'], languages: ['ko', 'vi'] }),
    select: { id: true },
  });
  const day = addDays(cityDayKey(new Date()), 3);
  const slot = await db.consultationSlot.create({
    data: {
      counsellorId: counsellor.id,
      centerId: center.id,
      startsAt: cityWallTime(day, '10:00'),
      endsAt: cityWallTime(day, '11:00'),
      capacity,
      channels: ['VISIT', 'PHONE', 'VIDEO'],
      topics: [],
      languages: ['ko', 'vi'],
    },
    select: { id: true },
  });
  const draftIds: string[] = [];
  for (let i = 0; i < requests; i++) {
    // A different email each: one active booking per topic and contact must not decide the race.
    const values = { name: `Race Resident ${i}`, email: `race-${i}@race.test`, problem: 'Question about my rent contract.', interpreter: 'no', consent: 'yes' };
    draftIds.push(await saveDraft(db, null, { locale, topicId: topic.id, language: 'vi', channel: 'VISIT', slotId: slot.id }, values));
  }
  return { slotId: slot.id, topicSlug: topic.slug, draftIds };
}

async function count(slotId: string) {
  const slot = await db.consultationSlot.findUniqueOrThrow({ where: { id: slotId }, select: { booked: true, capacity: true } });
  const bookings = await db.consultationBooking.findMany({ where: { slotId }, select: { id: true, caseId: true, draftId: true, linkVersion: true } });
  const cases = await db.case.count({ where: { id: { in: bookings.map((b) => b.caseId) } } });
  return {
    booked: slot.booked,
    capacity: slot.capacity,
    bookings,
    cases,
    // Anywhere: a request that lost must not have been booked into some other slot either.
    allBookings: await db.consultationBooking.count(),
    allConsultationCases: await db.case.count({ where: { kind: 'CONSULTATION' } }),
  };
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const result =
    command === 'arrange'
      ? await arrange(Number(args[0]), Number(args[1]), args[2] ?? 'ko')
      : command === 'count'
        ? await count(args[0]!)
        : (() => {
            throw new Error(`unknown command ${command}`);
          })();
  process.stdout.write(JSON.stringify(result));
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
