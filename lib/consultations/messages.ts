import type { Db } from '@/lib/db/client';
import { siteUrl } from '@/lib/http/site-url';
import { resolveText } from '@/lib/i18n/localized-text';
import { recipientLocale } from '@/lib/notifications/templates';
import { queueMessage } from '@/lib/notifications/outbox';
import { lastChangeDay, type BookingRules } from './rules';
import { manageToken } from './tokens';
import { cityWallTime } from '@/lib/time/seoul';
import type { AppointmentParams } from '@/lib/notifications/emails/consultation-parts';
import { koreanAddress } from '@/lib/centers/korean-address';

type Tx = Pick<Db, 'outboxMessage' | 'consultationBooking'>;

export type BookingForMessage = {
  id: string;
  linkVersion: number;
  calendarSequence: number;
  locale: string;
  email: string | null;
  phone: string | null;
  channel: 'VISIT' | 'PHONE' | 'VIDEO';
  startsAt: Date;
  endsAt: Date;
  caseId: string;
  case: { reference: string; residentId: string };
  topic: { title: unknown } & BookingRules;
  center: { name: unknown; address: unknown; phone: string };
};

export const bookingForMessageInclude = {
  case: { select: { reference: true, residentId: true } },
  topic: true,
  center: { select: { name: true, address: true, phone: true } },
} as const;

export const manageUrl = (booking: { id: string; linkVersion: number; locale: string }) => `${siteUrl()}/${recipientLocale(booking.locale)}/consultations/manage/${manageToken(booking)}`;

function appointment(booking: BookingForMessage): AppointmentParams {
  const locale = recipientLocale(booking.locale);
  return {
    bookingId: booking.id,
    reference: booking.case.reference,
    topic: resolveText(booking.topic.title, locale).text,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    channel: booking.channel,
    centreName: resolveText(booking.center.name, locale).text,
    centreAddress: resolveText(booking.center.address, locale).text,
    centreAddressKo: koreanAddress(booking.center.address) ?? undefined,
    centrePhone: booking.center.phone,
    manageUrl: manageUrl(booking),
    sequence: booking.calendarSequence,
  };
}

type Kind = 'consultationBooked' | 'consultationRescheduled' | 'consultationCancelled' | 'consultationReminder';

/**
 * Queues a message about a booking in the resident's language, to the email when there is one
 * (with the calendar file), else as a text message to the phone. Called inside the transaction
 * that made the change, so a booking never exists without its confirmation, nor the reverse.
 */
export async function queueBookingMessage(tx: Tx, booking: BookingForMessage, kind: Kind, options: { byStaff?: boolean } = {}) {
  const locale = recipientLocale(booking.locale);
  const base = appointment(booking);
  const deadline = cityWallTime(lastChangeDay(booking.topic, booking.startsAt), '12:00');
  const common = { locale, residentId: booking.case.residentId, caseId: booking.caseId };
  const to = booking.email ? { channel: 'EMAIL' as const, to: booking.email } : booking.phone ? { channel: 'SMS' as const, to: booking.phone } : null;
  if (!to) return;
  if (kind === 'consultationCancelled') {
    await queueMessage(tx, { ...common, ...to, template: kind, params: { ...base, bookAgainUrl: `${siteUrl()}/${locale}/consultations/book`, byStaff: options.byStaff ?? false } });
  } else if (kind === 'consultationReminder') {
    await queueMessage(tx, { ...common, ...to, template: kind, params: base });
  } else {
    await queueMessage(tx, { ...common, ...to, template: kind, params: { ...base, lastChangeDay: deadline } });
  }
}
