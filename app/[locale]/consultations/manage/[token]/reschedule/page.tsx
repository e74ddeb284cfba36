import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { allowedChanges, bookingFromToken, findOpenSlots } from '@/lib/consultations/queries';
import { rescheduleFromLink } from '@/lib/consultations/actions/manage';
import { cityDayKey, cityZoneName, formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { bookingWeek } from '@/lib/consultations/weeks';
import type { OpenSlot } from '@/lib/consultations/availability';
import { LinkProblem } from '@/components/consultations/LinkProblem';
import { SlotChoice } from '@/components/consultations/SlotChoice';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Button } from '@/components/ui/Button';
import { Link } from '@/lib/i18n/navigation';
import { PostForm } from '@/components/forms/PostForm';
import { formPermalink } from '@/lib/forms/permalink';

type Props = { params: Promise<{ locale: Locale; token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Consultations.reschedule' }))('title'), robots: { index: false, follow: false } };
}

const problems = ['choose', 'full', 'unavailable', 'not_active', 'deadline_passed', 'reschedule_limit'] as const;

/** Choose a new time for the same topic, language and channel. */
export default async function ReschedulePage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const access = await bookingFromToken(token, locale);
  if (access.kind !== 'ok') return <LinkProblem kind={access.kind} />;
  const { booking } = access;
  const [t, tf] = await Promise.all([getTranslations('Consultations.reschedule'), getTranslations('Forms')]);
  const back = `/consultations/manage/${token}`;
  const can = allowedChanges(booking);
  const problem = problems.find((p) => p === query.problem);
  if (booking.status !== 'BOOKED' || can.reschedule) {
    return (
      <>
        <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
        <p className="mb-4 max-w-2xl">{t(`problems.${can.reschedule ?? 'not_active'}`, { phone: booking.centre.phone, limit: booking.topic.rules.maxReschedules })}</p>
        <Link href={back}>{t('back')}</Link>
      </>
    );
  }
  const wish = { topicSlug: booking.topic.slug, language: booking.language, channel: booking.channel };
  const otherTimes = (list: OpenSlot[]) => list.filter((slot) => slot.startsAt.getTime() !== booking.startsAt.getTime());
  let week = bookingWeek(booking.topic.rules, query.from);
  let slots = otherTimes(await findOpenSlots(booking.topic.rules, wish, week.window));
  if (slots.length === 0) {
    // Nothing in that week: go to the first week that has a free time, if any.
    const first = otherTimes(await findOpenSlots(booking.topic.rules, wish))[0];
    if (first) {
      week = bookingWeek(booking.topic.rules, cityDayKey(first.startsAt));
      slots = otherTimes(await findOpenSlots(booking.topic.rules, wish, week.window));
    }
  }
  const weekHref = (from: string | undefined) => (from ? `${back}/reschedule?from=${from}` : undefined);
  const error = problem ? t(`problems.${problem}`, { phone: booking.centre.phone, limit: booking.topic.rules.maxReschedules }) : undefined;
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-2 max-w-2xl">{t('current', { date: formatCityDate(booking.startsAt, locale), time: formatCityTime(booking.startsAt, locale), zone: cityZoneName(locale, booking.startsAt) })}</p>
      <p className="mb-6 max-w-2xl">{t('left', { count: can.reschedulesLeft })}</p>
      {slots.length === 0 ? (
        <p className="mb-4">{t('noSlots', { phone: booking.centre.phone })}</p>
      ) : (
        <PostForm action={rescheduleFromLink} permalink={formPermalink(`/${locale}/consultations/manage/${token}/reschedule`)} noValidate>
          <ErrorSummary title={tf('errorSummaryTitle')} errors={{ slot: error }} />
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="token" value={token} />
          <SlotChoice slots={slots} locale={locale} error={error} earlierHref={weekHref(week.earlier)} laterHref={weekHref(week.later)} />
          <Button>{t('submit')}</Button>
        </PostForm>
      )}
      <p className="mt-6">
        <Link href={back}>{t('back')}</Link>
      </p>
    </>
  );
}
