import type { Db } from '@/lib/db/client';
import { buildCenter, buildCity, buildService } from '../builders';
import { city, centers, services } from './ansan';
import { withTranslations } from './translations';

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
}
