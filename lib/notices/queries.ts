import 'server-only';
import { db } from '@/lib/db';
import type { Locale } from '@/lib/i18n/locales';
import { resolveText } from '@/lib/i18n/localized-text';
import { severities, type NoticeSeverity } from './severity';
import { currentTime } from '@/lib/time/clock';

// Urgent first whatever the database's enum order (SQLite keeps enums as text, so it sorts them by name).
const bySeverity = <T extends { severity: NoticeSeverity; startsAt: Date }>(a: T, b: T) =>
  severities.indexOf(a.severity) - severities.indexOf(b.severity) || b.startsAt.getTime() - a.startsAt.getTime();

const inForceWhere = (now: Date) => ({ startsAt: { lte: now }, OR: [{ endsAt: null }, { endsAt: { gt: now } }] });

/** Notices in force now, urgent first, for the home page's list. */
export async function activeNotices(locale: Locale, now = currentTime()) {
  const rows = await db.notice.findMany({
    where: inForceWhere(now),
    orderBy: { startsAt: 'desc' },
    select: { id: true, severity: true, title: true, body: true, startsAt: true },
    take: 20,
  });
  return rows
    .sort(bySeverity)
    .slice(0, 5)
    .map((row) => ({ id: row.id, severity: row.severity, title: resolveText(row.title, locale), body: resolveText(row.body, locale), startsAt: row.startsAt }));
}

/**
 * The urgent notices not yet ended at `now`, including those that start later: the layout's
 * cache holds this list for a minute and picks what is in force at each render (lib/notices/cached.ts).
 */
export async function urgentNoticesNotEnded(now = currentTime()) {
  return db.notice.findMany({
    where: { severity: 'URGENT', OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
    orderBy: { startsAt: 'desc' },
    select: { id: true, title: true, body: true, startsAt: true, endsAt: true },
    take: 10,
  });
}

/** The feed's entries: the latest notices that have started, ended or not, in the reader's language. */
export async function noticeFeedEntries(locale: Locale, now = currentTime()) {
  const rows = await db.notice.findMany({
    where: { startsAt: { lte: now } },
    orderBy: { startsAt: 'desc' },
    select: { id: true, severity: true, title: true, body: true, startsAt: true, updatedAt: true },
    take: 50,
  });
  return rows.map((row) => ({ id: row.id, severity: row.severity, title: resolveText(row.title, locale), body: resolveText(row.body, locale), startsAt: row.startsAt, updatedAt: row.updatedAt }));
}
