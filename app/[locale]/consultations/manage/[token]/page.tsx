import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { allowedChanges, bookingFromToken } from '@/lib/consultations/queries';
import { requestNewLink } from '@/lib/consultations/actions/new-link';
import { Button } from '@/components/ui/Button';
import { cityWallTime, formatCityDate } from '@/lib/time/seoul';
import { BookingSummary } from '@/components/consultations/BookingSummary';
import { LinkProblem } from '@/components/consultations/LinkProblem';
import { ButtonLink, buttonClass } from '@/components/ui/Button';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { Tag } from '@/components/ui/Tag';
import { PostForm } from '@/components/forms/PostForm';
import { formPermalink } from '@/lib/forms/permalink';

type Props = { params: Promise<{ locale: Locale; token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  // The address holds a private token: never indexed, never sent on as a referrer (global policy).
  return { title: (await getTranslations({ locale, namespace: 'Consultations.manage' }))('title'), robots: { index: false, follow: false } };
}

const statusTone = { BOOKED: 'info', CHECKED_IN: 'info', COMPLETED: 'success', NO_SHOW: 'neutral', CANCELLED: 'neutral' } as const;

/** The booking behind a private link: confirmation after booking, then see, reschedule, cancel. */
export default async function ManageBookingPage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const access = await bookingFromToken(token, locale);
  if (access.kind !== 'ok') return <LinkProblem kind={access.kind} />;
  const { booking } = access;
  const [t, ts, tl] = await Promise.all([getTranslations('Consultations.manage'), getTranslations('Consultations'), getTranslations('Consultations.newLink')]);
  const can = allowedChanges(booking);
  const lastDay = formatCityDate(cityWallTime(can.lastChangeDay, '12:00'), locale);
  const base = `/consultations/manage/${token}`;

  return (
    <>
      {query.booked ? (
        <div className="mb-6 max-w-2xl bg-success p-6 text-white">
          <h1 className="mb-2 text-3xl font-bold">{t('bookedTitle')}</h1>
          <p className="text-lg">{t('bookedReference')}</p>
          <p className="font-mono text-2xl font-bold" dir="ltr">
            {booking.reference}
          </p>
        </div>
      ) : (
        <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      )}
      {query.changed ? (
        <NoticeBanner tone="success" title={t('changedTitle')}>
          {t('sentAgain', { contact: booking.contact })}
        </NoticeBanner>
      ) : null}
      {query.cancelled ? (
        <NoticeBanner tone="success" title={t('cancelledTitle')}>
          {t('sentAgain', { contact: booking.contact })}
        </NoticeBanner>
      ) : null}
      <p className="mb-4">
        {t('status')}: <Tag tone={statusTone[booking.status]}>{t(`statuses.${booking.status}`)}</Tag>
      </p>
      <BookingSummary booking={booking} locale={locale} />
      {query.booked ? (
        <section className="mb-6 max-w-2xl">
          <h2 className="mb-2 text-2xl font-bold">{t('nextTitle')}</h2>
          <ul className="list-disc space-y-1 ps-6">
            <li>{t('nextSent', { contact: booking.contact })}</li>
            <li>{ts(`next.${booking.channel}`)}</li>
            <li>{t('nextReminder')}</li>
            <li>{t('nextKeepLink')}</li>
          </ul>
        </section>
      ) : null}
      {booking.status !== 'CANCELLED' ? (
        <p className="mb-6">
          <a className={buttonClass('secondary') + ' !text-ink'} href={`/${locale}${base}/calendar`} download="consultation.ics">
            {t('addToCalendar')}
          </a>
        </p>
      ) : null}
      {booking.status === 'BOOKED' ? (
        <section className="max-w-2xl">
          <h2 className="mb-2 text-2xl font-bold">{t('changeTitle')}</h2>
          {can.cancel ? (
            <p className="mb-4">{t('deadlinePassed', { phone: booking.centre.phone })}</p>
          ) : (
            <>
              <p className="mb-4">{t('changeUntil', { date: lastDay, count: can.reschedulesLeft })}</p>
              <div className="flex flex-wrap gap-4">
                {can.reschedule ? null : (
                  <ButtonLink href={`${base}/reschedule`} variant="secondary">
                    {t('reschedule')}
                  </ButtonLink>
                )}
                <ButtonLink href={`${base}/cancel`} variant="warning">
                  {t('cancel')}
                </ButtonLink>
              </div>
              {can.reschedule === 'reschedule_limit' ? <p className="mt-4">{t('rescheduleLimit', { phone: booking.centre.phone })}</p> : null}
            </>
          )}
        </section>
      ) : null}
      {booking.status === 'BOOKED' ? (
        <section className="mt-8 max-w-2xl" aria-labelledby="new-link-heading">
          <h2 id="new-link-heading" className="mb-2 text-xl font-bold">
            {tl('title')}
          </h2>
          <p className="mb-4">{tl('lead', { contact: booking.contact })}</p>
          <PostForm action={requestNewLink} permalink={formPermalink(`/${locale}/consultations/manage/${token}`)}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="token" value={token} />
            <Button variant="secondary">{tl('button')}</Button>
          </PostForm>
        </section>
      ) : null}
      {/* As in the cancellation email: the way back to a new booking. */}
      {booking.status === 'CANCELLED' ? (
        <p className="mb-6">
          <ButtonLink href="/consultations/book">{t('bookAgain')}</ButtonLink>
        </p>
      ) : null}
    </>
  );
}
