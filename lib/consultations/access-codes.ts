import crypto from 'node:crypto';
import type { Db } from '@/lib/db/client';
import { authSecret } from '@/lib/auth/secret';
import { normalizeCaseReference } from '@/lib/cases/reference';
import { phoneField } from '@/lib/forms/fields';
import { queueMessage } from '@/lib/notifications/outbox';
import { recipientLocale } from '@/lib/notifications/templates';

export const CODE_LIFETIME_MS = 10 * 60_000;
export const CODE_ATTEMPTS = 3;

const hashCode = (challengeId: string, code: string) =>
  crypto.createHmac('sha256', authSecret()).update(`consultation-code:${challengeId}:${code}`).digest('base64url');

/** An email matches case-insensitively; a phone number however it was typed ("010-…", "+82 10 …"). */
function sameContact(contact: string, booking: { email: string | null; phone: string | null }): 'EMAIL' | 'SMS' | null {
  const typed = contact.trim().toLowerCase();
  if (booking.email && typed === booking.email.toLowerCase()) return 'EMAIL';
  const phone = phoneField.safeParse(contact);
  if (booking.phone && phone.success && phone.data === booking.phone) return 'SMS';
  return null;
}

/**
 * Starts "reference + code": when the reference exists and the contact is the booking's own, a
 * six-digit code goes to that contact. Either way a challenge is stored and its id returned, so
 * the next page, its timing and its wording are the same whether or not the booking exists.
 */
export async function startChallenge(db: Pick<Db, 'consultationBooking' | 'consultationAccessCode' | 'outboxMessage' | '$transaction'>, input: { reference: string; contact: string }, now = new Date()) {
  const reference = normalizeCaseReference(input.reference);
  const booking = await db.consultationBooking.findFirst({
    where: { case: { reference } },
    select: { id: true, email: true, phone: true, locale: true, caseId: true, case: { select: { residentId: true, reference: true } } },
  });
  const channel = booking ? sameContact(input.contact, booking) : null;
  const id = crypto.randomBytes(18).toString('base64url');
  const code = crypto.randomInt(0, 1_000_000).toString().padStart(6, '0');
  const expiresAt = new Date(now.getTime() + CODE_LIFETIME_MS);
  await db.$transaction(async (tx) => {
    await tx.consultationAccessCode.create({ data: { id, bookingId: channel ? booking!.id : null, codeHash: hashCode(id, code), expiresAt } });
    if (channel && booking) {
      await queueMessage(tx, {
        channel,
        to: channel === 'EMAIL' ? booking.email! : booking.phone!,
        template: 'consultationAccessCode',
        locale: recipientLocale(booking.locale),
        params: { code, reference: booking.case.reference, expiresAt },
        residentId: booking.case.residentId,
        caseId: booking.caseId,
      });
    }
  });
  return id;
}

export type ChallengeResult = { kind: 'ok'; bookingId: string } | { kind: 'wrong' } | { kind: 'expired' };

/**
 * Checks a code: right, unused, in time and within three tries. A wrong code and a challenge
 * without a booking give the same answer. The try is counted before the comparison, by a
 * conditional update, so parallel guesses cannot exceed the limit.
 */
export async function verifyChallenge(db: Pick<Db, 'consultationAccessCode'>, challengeId: string, code: string, now = new Date()): Promise<ChallengeResult> {
  if (!/^[A-Za-z0-9_-]{24}$/.test(challengeId)) return { kind: 'expired' };
  const challenge = await db.consultationAccessCode.findUnique({ where: { id: challengeId } });
  if (!challenge || challenge.usedAt || challenge.expiresAt < now) return { kind: 'expired' };
  const counted = await db.consultationAccessCode.updateMany({
    where: { id: challengeId, usedAt: null, attempts: { lt: CODE_ATTEMPTS } },
    data: { attempts: { increment: 1 } },
  });
  if (counted.count !== 1) return { kind: 'expired' };
  const given = Buffer.from(hashCode(challengeId, code));
  const expected = Buffer.from(challenge.codeHash);
  if (!challenge.bookingId || given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return { kind: 'wrong' };
  const used = await db.consultationAccessCode.updateMany({ where: { id: challengeId, usedAt: null }, data: { usedAt: now } });
  return used.count === 1 ? { kind: 'ok', bookingId: challenge.bookingId } : { kind: 'expired' };
}
