import type { Db } from '@/lib/db/client';
import { openCase } from '@/lib/cases/write';
import { consultationKind } from '@/lib/cases/kinds/consultation';
import { isUniqueViolation, withRetries } from '@/lib/db/retry';
import { findOrCreateResident } from '@/lib/residents/find-or-create';
import { readDraft } from './drafts';
import { equivalentSlots, slotServes } from './availability';
import { bookingForMessageInclude, queueBookingMessage } from './messages';
import { slotProblem, type SlotProblem } from './rules';
import { detailsSchemaFor, type BookingDetails } from './schema';

/** Interactive transactions wait for a connection and for SQLite's write lock under load. */
export const BOOKING_TX = { maxWait: 30_000, timeout: 30_000 } as const;

export type ConfirmResult =
  | { kind: 'booked'; bookingId: string; linkVersion: number; repeated: boolean }
  | { kind: 'full' }
  | { kind: 'unavailable'; reason: SlotProblem | 'gone' }
  | { kind: 'already_booked' }
  | { kind: 'draft_missing' }
  | { kind: 'incomplete' };

/** The key that lets a contact hold one active booking per topic (a unique column). */
export const activeKey = (topicId: string, contact: string | null | undefined) => (contact ? `${topicId}:${contact.toLowerCase()}` : null);

/**
 * Makes the booking from a draft, or finds the one already made from it (double click, retry,
 * back button): the draft id is the idempotency key. The seat is taken by a conditional
 * increment that the database evaluates under its row lock (PostgreSQL) or write lock (SQLite),
 * as the first statement of the transaction: whatever number of app instances race for the last
 * seat, exactly `capacity` increments succeed, and everything else in the transaction (case,
 * booking, confirmation message) is undone with the seat if any of it fails.
 */
export async function confirmDraft(db: Db, draftId: string, now = new Date()): Promise<ConfirmResult> {
  const draft = await readDraft(db, draftId, now);
  if (!draft) return { kind: 'draft_missing' };
  const existing = await bookingMadeFrom(db, draftId);
  if (existing) return existing;

  const details = detailsSchemaFor(draft.channel).safeParse(draft.values ?? {});
  if (!details.success) return { kind: 'incomplete' };
  const [topic, slot] = await Promise.all([db.consultationTopic.findFirst({ where: { id: draft.topicId, active: true } }), db.consultationSlot.findUnique({ where: { id: draft.slotId } })]);
  if (!topic || !slot) return { kind: 'unavailable', reason: 'gone' };
  const problem = slotProblem(topic, slot.startsAt, now);
  if (problem) return { kind: 'unavailable', reason: problem };

  const wish = { topicSlug: topic.slug, language: draft.language, channel: draft.channel };
  // The slot id comes from the request: a changed form or a channel changed after choosing the
  // time must not book a counsellor who does not take this topic, language or channel.
  if (!slotServes(slot, wish)) return { kind: 'unavailable', reason: 'gone' };
  // The chosen slot first; only when it is full are the other counsellors' equal times looked up
  // (a query over the whole booking window that most requests never need).
  let candidates: string[] = [slot.id];
  for (let index = 0; index < candidates.length; index++) {
    const slotId = candidates[index]!;
    const result = await withRetries(() => bookSeat(db, { draftId, slotId, topic, draft, details: details.data, now }));
    if (result.kind === 'booked') return result;
    // A simultaneous submit of this same draft (double click, two tabs) may have taken the last
    // seat, or made the booking whose contact key now clashes: either way that booking is this
    // person's, and they must see it, not "full" or "already booked".
    if (result.kind === 'full' || result.kind === 'already_booked') {
      const made = await bookingMadeFrom(db, draftId);
      if (made) return made;
    }
    if (result.kind !== 'full') return result;
    if (index === 0) candidates = [slot.id, ...(await equivalentSlots(db, topic, wish, slot, now))];
  }
  return { kind: 'full' };
}

async function bookingMadeFrom(db: Pick<Db, 'consultationBooking'>, draftId: string): Promise<ConfirmResult | null> {
  const made = await db.consultationBooking.findUnique({ where: { draftId }, select: { id: true, linkVersion: true } });
  return made ? { kind: 'booked', bookingId: made.id, linkVersion: made.linkVersion, repeated: true } : null;
}

type SeatRequest = {
  draftId: string;
  slotId: string;
  topic: { id: string; serviceId: string };
  draft: { locale: string; language: string; channel: 'VISIT' | 'PHONE' | 'VIDEO' };
  details: BookingDetails;
  now: Date;
};

async function bookSeat(db: Db, request: SeatRequest): Promise<ConfirmResult> {
  const { draftId, slotId, topic, draft, details, now } = request;
  const emailKey = activeKey(topic.id, details.email);
  const phoneKey = activeKey(topic.id, details.phone);
  try {
    return await db.$transaction(async (tx) => {
      const seat = await tx.consultationSlot.updateMany({
        where: { id: slotId, closed: false, booked: { lt: tx.consultationSlot.fields.capacity } },
        data: { booked: { increment: 1 } },
      });
      if (seat.count !== 1) return { kind: 'full' } as const;
      const slot = await tx.consultationSlot.findUniqueOrThrow({ where: { id: slotId } });

      // A booking whose time has passed no longer counts as active for the one-per-topic rule.
      const keys = [emailKey && { activeEmailKey: emailKey }, phoneKey && { activePhoneKey: phoneKey }].filter(Boolean) as object[];
      await tx.consultationBooking.updateMany({ where: { OR: keys, endsAt: { lt: now } }, data: { activeEmailKey: null, activePhoneKey: null } });

      const resident = await findOrCreateResident(tx, details, draft.locale);
      const created = await openCase(tx, consultationKind, {
        residentId: resident.id,
        locale: draft.locale,
        status: 'SCHEDULED',
        event: 'booked',
        actor: { type: 'resident' },
        serviceId: topic.serviceId,
        assigneeId: slot.counsellorId,
        language: draft.language,
        interpreterNeeded: details.interpreter === 'yes',
        centerId: slot.centerId,
        dueAt: slot.startsAt,
        data: { startsAt: slot.startsAt.toISOString(), channel: draft.channel, language: draft.language },
      });
      const booking = await tx.consultationBooking.create({
        data: {
          caseId: created.id,
          topicId: topic.id,
          slotId: slot.id,
          counsellorId: slot.counsellorId,
          centerId: slot.centerId,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          channel: draft.channel,
          language: draft.language,
          interpreterNeeded: details.interpreter === 'yes',
          locale: draft.locale,
          name: details.name,
          email: details.email ?? null,
          phone: details.phone ?? null,
          problem: details.problem,
          activeEmailKey: emailKey,
          activePhoneKey: phoneKey,
          draftId,
        },
        include: bookingForMessageInclude,
      });
      await queueBookingMessage(tx, booking, 'consultationBooked');
      return { kind: 'booked', bookingId: booking.id, linkVersion: booking.linkVersion, repeated: false } as const;
    }, BOOKING_TX);
  } catch (error) {
    if (isUniqueViolation(error, 'draftId')) {
      const made = await bookingMadeFrom(db, draftId);
      if (made) return made;
    }
    if (isUniqueViolation(error, 'activeEmailKey') || isUniqueViolation(error, 'activePhoneKey')) return { kind: 'already_booked' };
    throw error;
  }
}
