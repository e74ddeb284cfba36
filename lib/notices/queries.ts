import 'server-only';
import { db } from '@/lib/db';
import type { Locale } from '@/lib/i18n/locales';
import { resolveText } from '@/lib/i18n/localized-text';

/** Notices in force now, urgent first. Pages that show them revalidate every minute. */
export async function activeNotices(locale: Locale, now = new Date()) {
  const rows = await db.notice.findMany({
    where: { startsAt: { lte: now }, OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
    orderBy: [{ severity: 'desc' }, { startsAt: 'desc' }],
    select: { id: true, severity: true, title: true, body: true, startsAt: true },
    take: 5,
  });
  return rows.map((row) => ({
    id: row.id,
    severity: row.severity,
    title: resolveText(row.title, locale),
    body: resolveText(row.body, locale),
    startsAt: row.startsAt,
  }));
}
