import type { Db } from '@/lib/db/client';
import { issueCode, verifyCode } from '@/lib/codes/one-time';
import { normalizeCaseReference } from '@/lib/cases/reference';
import { phoneField } from '@/lib/forms/fields';
import { queueMessage } from '@/lib/notifications/outbox';
import { recipientLocale } from '@/lib/notifications/templates';

export { CODE_ATTEMPTS, CODE_LIFETIME_MS } from '@/lib/codes/one-time';
const PURPOSE = 'consultation-manage';

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
export async function startChallenge(db: Pick<Db, 'consultationBooking' | 'oneTimeCode' | 'outboxMessage' | '$transaction'>, input: { reference: string; contact: string }, now = new Date()) {
  const reference = normalizeCaseReference(input.reference);
  const booking = await db.consultationBooking.findFirst({
    where: { case: { reference } },
    select: { id: true, email: true, phone: true, locale: true, caseId: true, case: { select: { residentId: true, reference: true } } },
  });
  const channel = booking ? sameContact(input.contact, booking) : null;
  return db.$transaction(async (tx) => {
    const issued = await issueCode(tx, PURPOSE, { subjectId: channel && booking ? booking.id : null, now });
    if (channel && booking) {
      await queueMessage(tx, {
        channel,
        to: channel === 'EMAIL' ? booking.email! : booking.phone!,
        template: 'consultationAccessCode',
        locale: recipientLocale(booking.locale),
        params: { code: issued.code, reference: booking.case.reference, expiresAt: issued.expiresAt },
        residentId: booking.case.residentId,
        caseId: booking.caseId,
      });
    }
    return issued.id;
  });
}

export type ChallengeResult = { kind: 'ok'; bookingId: string } | { kind: 'wrong' } | { kind: 'expired' };

/** Checks a code (lib/codes): a wrong code and a challenge without a booking give the same answer. */
export async function verifyChallenge(db: Pick<Db, 'oneTimeCode'>, challengeId: string, code: string, now = new Date()): Promise<ChallengeResult> {
  const result = await verifyCode(db, PURPOSE, challengeId, code, { now });
  if (result.kind === 'ok') return { kind: 'ok', bookingId: result.subjectId };
  return result.kind === 'wrong' ? { kind: 'wrong' } : { kind: 'expired' };
}
