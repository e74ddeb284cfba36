import { getTranslations } from 'next-intl/server';
import { checkInAction, noShowAction } from '@/lib/consultations/staff/actions/attendance';
import { Button } from '@/components/ui/Button';
import { cityDayKey } from '@/lib/time/seoul';

/**
 * "Check in" and "Did not come" as small forms that post without JavaScript. `context` names the
 * appointment for screen readers, since a list has many buttons with the same label.
 */
export async function AttendanceButtons({
  bookingId,
  status,
  startsAt,
  back,
  context,
  now = new Date(),
}: {
  bookingId: string;
  status: string;
  startsAt: Date;
  back: string;
  context?: string;
  now?: Date;
}) {
  const t = await getTranslations('Admin.consultations');
  if (status !== 'BOOKED') return null;
  const hidden = (
    <>
      <input type="hidden" name="bookingId" value={bookingId} />
      <input type="hidden" name="back" value={back} />
    </>
  );
  return (
    <>
      {/* Check-in opens on the appointment's own day in the city; other days are walk-ins. */}
      {cityDayKey(now) === cityDayKey(startsAt) ? (
        <form action={checkInAction} className="inline-block">
          {hidden}
          <Button className="me-2 mb-2">
            {t('checkIn')}
            {context ? <span className="sr-only"> {context}</span> : null}
          </Button>
        </form>
      ) : null}
      {startsAt <= now ? (
        <form action={noShowAction} className="inline-block">
          {hidden}
          <Button variant="secondary" className="me-2 mb-2">
            {t('noShow')}
            {context ? <span className="sr-only"> {context}</span> : null}
          </Button>
        </form>
      ) : null}
    </>
  );
}
