import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { isLocale } from '@/lib/i18n/locales';
import { resolveText } from '@/lib/i18n/localized-text';
import { cityZoneName, formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { bookingSummary } from '@/lib/consultations/staff/cancel';
import { safeBack } from '@/lib/consultations/staff/actions/support';
import { CancelForm } from '@/components/admin/consultations/CancelForm';
import { NoticeBanner } from '@/components/ui/NoticeBanner';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.consultations.cancelPage'))('title') };
}

/** Cancelling needs a reason, so it has its own page rather than a bare button in the list. */
export default async function CancelBookingPage({ params, searchParams }: { params: Promise<{ bookingId: string }>; searchParams: Promise<{ back?: string }> }) {
  const staff = await requirePermission('consultations:manage');
  const [{ bookingId }, query, raw, t, tc] = await Promise.all([params, searchParams, getLocale(), getTranslations('Admin.consultations'), getTranslations('Admin.consultations.cancelPage')]);
  const locale = isLocale(raw) ? raw : 'ko';
  const booking = await bookingSummary(staff, bookingId);
  if (!booking) notFound();
  const back = safeBack(query.back ?? null, '/admin/consultations');
  return (
    <div className="max-w-2xl">
      <p className="mb-2">
        <a href={back}>{tc('back')}</a>
      </p>
      <h1 className="mb-4 text-3xl font-bold">{tc('title')}</h1>
      <dl className="mb-6 grid gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr]">
        <dt className="font-bold">{tc('reference')}</dt>
        <dd>
          <a href={`/admin/cases/${booking.case.id}`}>{booking.case.reference}</a>
        </dd>
        <dt className="font-bold">{t('resident')}</dt>
        <dd>{booking.name}</dd>
        <dt className="font-bold">{tc('appointment')}</dt>
        <dd>
          {formatCityDate(booking.startsAt, locale)} {formatCityTime(booking.startsAt, locale)} ({cityZoneName(locale, booking.startsAt)})
        </dd>
        <dt className="font-bold">{t('counsellor')}</dt>
        <dd>{booking.counsellor.name}</dd>
        <dt className="font-bold">{t('topic')}</dt>
        <dd>{resolveText(booking.topic.title, locale).text}</dd>
        <dt className="font-bold">{t('channelLabel')}</dt>
        <dd>{t(`channel.${booking.channel}`)}</dd>
      </dl>
      {booking.status === 'BOOKED' ? (
        <>
          <p className="mb-4">{tc('lead')}</p>
          <CancelForm bookingId={booking.id} back={back} />
        </>
      ) : (
        <NoticeBanner tone="info" title={t('problems.notBooked')} />
      )}
    </div>
  );
}
