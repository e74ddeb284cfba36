import type { Db } from '@/lib/db/client';
import { buildCenter, buildCity, buildService } from '../builders';
import { city, centers, services } from './ansan';
import { withTranslations } from './translations';
import { allChannels, counsellorEmail, counsellors, topics } from './consultations';
import { materialiseSlots } from '@/lib/consultations/slots';
import { seedClasses } from './classes';
import { seedNewsletter } from './newsletter';
import { seedSupport } from './support';
import { seedMessageTemplates } from './message-templates';

/**
 * Idempotent: creates what is missing and leaves rows that exist untouched, so staff edits
 * survive a restart and two instances starting together do not clash.
 */
export async function seed(db: Db) {
  const cityRow = await db.city.upsert({
    where: { slug: city.slug },
    update: {},
    create: buildCity({ ...city, name: withTranslations(city.name), agency: withTranslations(city.agency) }),
    select: { id: true },
  });
  const centerIds = new Map<string, string>();
  for (const c of centers) {
    const row = await db.center.upsert({
      where: { slug: c.slug },
      update: {},
      create: buildCenter(cityRow.id, {
        ...c,
        name: withTranslations(c.name),
        summary: withTranslations(c.summary),
        address: c.address,
        offers: c.offers.map(withTranslations),
      }),
      select: { id: true },
    });
    centerIds.set(c.slug, row.id);
  }
  for (const s of services) {
    await db.service.upsert({
      where: { slug: s.slug },
      update: {},
      create: buildService({
        slug: s.slug,
        kind: s.kind,
        title: withTranslations(s.title),
        summary: withTranslations(s.summary),
        centerId: centerIds.get(s.center),
      }),
    });
  }
  await seedConsultations(db, centerIds.get('consultation-center')!);
  await seedClasses(db, centerIds);
  await seedNewsletter(db);
  await seedSupport(db);
  await seedMessageTemplates(db);
}

/** Topics, counsellors and their weeks, once; then the slots for the booking horizon. */
async function seedConsultations(db: Db, centerId: string) {
  const service = await db.service.findUniqueOrThrow({ where: { slug: 'consultation' }, select: { id: true } });
  for (const [index, topic] of topics.entries()) {
    await db.consultationTopic.upsert({
      where: { slug: topic.slug },
      update: {},
      create: { slug: topic.slug, title: withTranslations(topic.title), summary: withTranslations(topic.summary), serviceId: service.id, sortOrder: index },
    });
  }
  for (const person of counsellors) {
    const email = counsellorEmail(person.key);
    if (await db.staffUser.findUnique({ where: { email }, select: { id: true } })) continue;
    const staff = await db.staffUser.create({ data: { email, name: person.name, roles: ['counsellor'], languages: person.languages, locale: 'ko' } });
    for (const block of person.blocks) {
      for (const weekday of block.weekdays) {
        await db.counsellorSchedule.create({
          data: {
            counsellorId: staff.id,
            centerId,
            weekday,
            startTime: block.startTime,
            endTime: block.endTime,
            slotMinutes: 60,
            capacity: 1,
            channels: allChannels,
            topics: block.topics ?? [],
            interpreterLanguages: block.interpreterLanguages ?? [],
          },
        });
      }
    }
  }
  await materialiseSlots(db);
}
