import 'server-only';
import { db } from '@/lib/db';
import type { Locale } from '@/lib/i18n/locales';
import { resolveText } from '@/lib/i18n/localized-text';
import { type DayWindow, type OpenSlot } from './availability';
import { freeTimesCache } from './free-times-cache';
import { changeProblem, lastChangeDay, type BookingRules } from './rules';
import type { Channel } from './schema';
import { manageLinkExpired, readManageToken } from './tokens';
import { koreanAddress } from '@/lib/centers/korean-address';

/** The topics a resident chooses from, in their language. */
export async function listTopics(locale: Locale) {
  const rows = await db.consultationTopic.findMany({ where: { active: true }, orderBy: { sortOrder: 'asc' } });
  return rows.map((row) => ({ ...row, title: resolveText(row.title, locale), summary: resolveText(row.summary, locale) }));
}

export type Topic = Awaited<ReturnType<typeof listTopics>>[number];

export async function findTopic(slug: string | undefined, locale: Locale): Promise<Topic | null> {
  if (!slug) return null;
  const row = await db.consultationTopic.findFirst({ where: { slug, active: true } });
  return row ? { ...row, title: resolveText(row.title, locale), summary: resolveText(row.summary, locale) } : null;
}

const asStrings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Every language the centre counsels in: counsellors' own and interpreters' on active blocks. */
export async function counselledLanguages(): Promise<string[]> {
  const blocks = await db.counsellorSchedule.findMany({
    where: { active: true, counsellor: { active: true } },
    select: { interpreterLanguages: true, counsellor: { select: { languages: true } } },
  });
  return [...new Set(blocks.flatMap((b) => [...asStrings(b.counsellor.languages), ...asStrings(b.interpreterLanguages)]))];
}

// The booking steps read free times through a few seconds' cache; booking re-checks the seat (free-times-cache.ts).
const freeTimes = freeTimesCache(db);
export const findOpenSlots = (rules: BookingRules, wish: { topicSlug: string; language: string; channel?: Channel }, window?: DayWindow) => freeTimes.openSlots(rules, wish, window);
export const findChannels = (rules: BookingRules, wish: { topicSlug: string; language: string }) => freeTimes.channelsWithSlots(rules, wish);
export type { OpenSlot };

/** The centre residents call when no slot suits them: the consultation service's centre. */
export async function consultationCentre(locale: Locale) {
  const service = await db.service.findFirst({
    where: { kind: 'CONSULTATION', active: true },
    select: { center: { select: { slug: true, name: true, phone: true, address: true, hours: true } } },
  });
  const centre = service?.center;
  return centre ? { slug: centre.slug, name: resolveText(centre.name, locale), phone: centre.phone, address: resolveText(centre.address, locale) } : null;
}

export async function findSlot(id: string | undefined) {
  if (!id) return null;
  return db.consultationSlot.findUnique({ where: { id }, select: { id: true, startsAt: true, endsAt: true, centerId: true, closed: true } });
}

export type ManagedBooking = NonNullable<Awaited<ReturnType<typeof loadBooking>>>;

async function loadBooking(bookingId: string, locale: Locale) {
  const row = await db.consultationBooking.findUnique({
    where: { id: bookingId },
    select: {
      id: true,
      linkVersion: true,
      status: true,
      startsAt: true,
      endsAt: true,
      channel: true,
      language: true,
      interpreterNeeded: true,
      reschedules: true,
      email: true,
      phone: true,
      name: true,
      locale: true,
      topic: true,
      case: { select: { reference: true } },
      center: { select: { name: true, address: true, phone: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    linkVersion: row.linkVersion,
    reference: row.case.reference,
    status: row.status,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    channel: row.channel,
    language: row.language,
    interpreterNeeded: row.interpreterNeeded,
    reschedules: row.reschedules,
    name: row.name,
    // Shown masked: the page may be open on a shared phone.
    contact: row.email ? maskEmail(row.email) : row.phone ? maskPhoneNumber(row.phone) : '',
    topic: { id: row.topic.id, slug: row.topic.slug, title: resolveText(row.topic.title, locale), rules: row.topic as BookingRules },
    centre: { name: resolveText(row.center.name, locale), address: resolveText(row.center.address, locale), addressKo: koreanAddress(row.center.address), phone: row.center.phone },
  };
}

function maskEmail(email: string) {
  const [user, domain] = email.split('@');
  return `${user!.slice(0, 2)}${'•'.repeat(Math.max(1, user!.length - 2))}@${domain}`;
}
const maskPhoneNumber = (phone: string) => `${'•'.repeat(Math.max(0, phone.length - 4))}${phone.slice(-4)}`;

export type ManageAccess = { kind: 'invalid' } | { kind: 'expired' } | { kind: 'ok'; booking: ManagedBooking; token: string };

/**
 * The booking a private link opens. A wrong signature, an unknown booking and a revoked link
 * (old version) all read as "invalid"; a link past its time as "expired".
 */
export async function bookingFromToken(token: string, locale: Locale, now = new Date()): Promise<ManageAccess> {
  const claim = readManageToken(token);
  if (!claim) return { kind: 'invalid' };
  const booking = await loadBooking(claim.bookingId, locale);
  if (!booking || booking.linkVersion !== claim.linkVersion) return { kind: 'invalid' };
  if (manageLinkExpired(booking.endsAt, now)) return { kind: 'expired' };
  return { kind: 'ok', booking, token };
}

/** What the resident may still do online, and until when. */
export function allowedChanges(booking: ManagedBooking, now = new Date()) {
  const rules = booking.topic.rules;
  return {
    reschedule: changeProblem(rules, booking, now, 'reschedule'),
    cancel: changeProblem(rules, booking, now, 'cancel'),
    lastChangeDay: lastChangeDay(rules, booking.startsAt),
    reschedulesLeft: Math.max(0, rules.maxReschedules - booking.reschedules),
  };
}
