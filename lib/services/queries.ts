import 'server-only';
import { db } from '@/lib/db';
import type { Locale } from '@/lib/i18n/locales';
import { resolveText } from '@/lib/i18n/localized-text';

/** The city's services, each with the centre that provides it and its phone. */
export async function listServices(locale: Locale) {
  const rows = await db.service.findMany({
    where: { active: true },
    orderBy: { kind: 'asc' },
    select: { slug: true, kind: true, title: true, summary: true, center: { select: { slug: true, name: true, phone: true } } },
  });
  return rows.map((row) => ({
    slug: row.slug,
    kind: row.kind,
    title: resolveText(row.title, locale),
    summary: resolveText(row.summary, locale),
    center: row.center ? { slug: row.center.slug, name: resolveText(row.center.name, locale), phone: row.center.phone } : null,
  }));
}
