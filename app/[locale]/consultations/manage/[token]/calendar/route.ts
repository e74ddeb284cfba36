import { isLocale, type Locale } from '@/lib/i18n/locales';
import { bookingFromToken } from '@/lib/consultations/queries';
import { manageUrl } from '@/lib/consultations/messages';
import { appointmentCalendar } from '@/lib/notifications/emails/consultation-parts';
import { momentIn, translatorFor } from '@/lib/notifications/template-kit';
import { db } from '@/lib/db';

/** The booking's calendar file, in the page's language, the same event (UID) as in the emails. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale: raw, token } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'ko';
  const access = await bookingFromToken(token, locale);
  if (access.kind !== 'ok') return new Response('Not found', { status: 404 });
  const { booking } = access;
  const { calendarSequence } = await db.consultationBooking.findUniqueOrThrow({ where: { id: booking.id }, select: { calendarSequence: true } });
  const file = appointmentCalendar(
    translatorFor(locale, 'common'),
    momentIn(locale),
    {
      bookingId: booking.id,
      reference: booking.reference,
      topic: booking.topic.title.text,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      channel: booking.channel,
      centreName: booking.centre.name.text,
      centreAddress: booking.centre.address.text,
      centreAddressKo: booking.centre.addressKo ?? undefined,
      centrePhone: booking.centre.phone,
      manageUrl: manageUrl({ id: booking.id, linkVersion: booking.linkVersion, locale }),
      sequence: calendarSequence,
    },
    booking.status === 'CANCELLED' ? 'CANCEL' : 'PUBLISH',
  );
  return new Response(file.content, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    },
  });
}
