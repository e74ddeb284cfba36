import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { can, requirePermission } from '@/lib/auth/guards';
import { isLocale, languageTags } from '@/lib/i18n/locales';
import { languageNameIn } from '@/lib/i18n/language-name';
import { addDays, cityDayKey, cityZoneName, cityWallTime, formatCityDate, formatCityTime, isDayKey } from '@/lib/time/seoul';
import { consultationDirectory, dayList, type DayBooking, type FreeSlot } from '@/lib/consultations/staff/day-list';
import { setCapacityAction } from '@/lib/consultations/staff/actions/schedules';
import { Table } from '@/components/ui/Table';
import { Tag } from '@/components/ui/Tag';
import { Button, buttonClass } from '@/components/ui/Button';
import { Select } from '@/components/ui/Select';
import { TextField } from '@/components/ui/Field';
import { AttendanceButtons } from '@/components/admin/consultations/AttendanceButtons';
import { BookingStatusTag } from '@/components/admin/consultations/StatusTags';
import { ConsultationNotice } from '@/components/admin/consultations/ConsultationNotice';
import Link from 'next/link';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.consultations'))('title') };
}

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === 'string' && value.length <= 64 ? value : undefined);

/** The day's consultations per counsellor: who comes when, what to do, and the gaps. */
export default async function ConsultationDayPage({ searchParams }: { searchParams: Promise<Params> }) {
  const staff = await requirePermission('consultations:manage');
  const [params, raw, t] = await Promise.all([searchParams, getLocale(), getTranslations('Admin.consultations')]);
  const locale = isLocale(raw) ? raw : 'ko';
  const now = new Date();
  const today = cityDayKey(now);
  const day = isDayKey(params.day) ? params.day : today;
  const filter = { centerId: one(params.centerId), counsellorId: one(params.counsellorId) };
  const [directory, counsellors] = await Promise.all([consultationDirectory(staff, locale), dayList(staff, { day, ...filter }, locale)]);
  const query = (d: string) => `/admin/consultations?${new URLSearchParams(Object.entries({ day: d, ...filter }).filter((e): e is [string, string] => Boolean(e[1])))}`;
  const back = query(day);
  const mayPlan = can(staff, 'consultations:schedule');
  const time = (b: { startsAt: Date; endsAt: Date }) => `${formatCityTime(b.startsAt, locale)}–${formatCityTime(b.endsAt, locale)}`;

  const bookingColumns = [
    { key: 'time', header: t('time'), cell: (b: DayBooking) => <span className="whitespace-nowrap">{time(b)}</span> },
    {
      key: 'resident',
      header: t('resident'),
      cell: (b: DayBooking) => (
        <>
          <a href={`/admin/cases/${b.caseId}`} className="font-semibold">
            {b.residentName}
          </a>
          <span className="block text-sm text-muted">{b.reference}</span>
          {b.walkIn ? <Tag tone="neutral">{t('walkInTag')}</Tag> : null}
          {b.phone ? <span className="block text-sm">{b.phone}</span> : null}
          {b.email ? <span className="block text-sm break-all">{b.email}</span> : null}
        </>
      ),
    },
    { key: 'topic', header: t('topic'), cell: (b: DayBooking) => <span lang={b.topic.isFallback ? languageTags[b.topic.locale] : undefined}>{b.topic.text}</span> },
    {
      key: 'language',
      header: t('language'),
      cell: (b: DayBooking) => (
        <>
          {languageNameIn(b.language, locale)}
          {b.interpreterNeeded ? <span className="block text-sm font-semibold">{t('interpreter')}</span> : null}
        </>
      ),
    },
    { key: 'channel', header: t('channelLabel'), cell: (b: DayBooking) => t(`channel.${b.channel}`) },
    {
      key: 'status',
      header: t('statusLabel'),
      cell: (b: DayBooking) => (
        <div className="flex flex-col items-start gap-1">
          <BookingStatusTag status={b.status} />
          {b.slotClosed && (b.status === 'BOOKED' || b.status === 'CHECKED_IN') ? <Tag tone="warning">{t('closedTag')}</Tag> : null}
        </div>
      ),
    },
    {
      key: 'actions',
      header: t('actions'),
      cell: (b: DayBooking) => {
        const who = t('forWhom', { name: b.residentName, time: formatCityTime(b.startsAt, locale) });
        // The outcome form is on the case page once the resident is in, or the time has come (a call).
        const takesOutcome = b.status === 'CHECKED_IN' || (b.status === 'BOOKED' && b.startsAt <= now);
        return (
          <div className="flex flex-wrap items-start">
            <AttendanceButtons bookingId={b.id} status={b.status} startsAt={b.startsAt} back={back} context={who} now={now} />
            {takesOutcome ? (
              <a href={`/admin/cases/${b.caseId}#outcome-heading`} className={`${buttonClass('secondary')} me-2 mb-2 !text-ink`}>
                {t('outcome')}
                <span className="sr-only"> {who}</span>
              </a>
            ) : null}
            {b.status === 'BOOKED' ? (
              <a href={`/admin/consultations/${b.id}/cancel?back=${encodeURIComponent(back)}`} className="mb-2 inline-block min-h-11 px-2 py-2">
                {t('cancel')}
                <span className="sr-only"> {who}</span>
              </a>
            ) : null}
          </div>
        );
      },
    },
  ];

  const freeColumns = [
    { key: 'time', header: t('time'), cell: (s: FreeSlot) => <span className="whitespace-nowrap">{time(s)}</span> },
    { key: 'seats', header: t('seats'), cell: (s: FreeSlot) => t('seatsFree', { free: s.capacity - s.booked, capacity: s.capacity }) },
    ...(mayPlan
      ? [
          {
            key: 'capacity',
            header: t('setCapacity'),
            cell: (s: FreeSlot) => (
              <form action={setCapacityAction} className="flex flex-wrap items-end gap-2">
                <input type="hidden" name="slotId" value={s.id} />
                <input type="hidden" name="back" value={back} />
                <label htmlFor={`capacity-${s.id}`} className="sr-only">
                  {t('capacityLabel', { time: formatCityTime(s.startsAt, locale) })}
                </label>
                <input id={`capacity-${s.id}`} name="capacity" type="number" min={Math.max(1, s.booked)} max={50} defaultValue={s.capacity} className="w-20 min-h-11 border-2 border-ink p-2" />
                <Button variant="secondary">
                  {t('setCapacity')}
                  <span className="sr-only"> {t('capacityLabel', { time: formatCityTime(s.startsAt, locale) })}</span>
                </Button>
              </form>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6 text-xl">{formatCityDate(cityWallTime(day, '12:00'), locale)}</p>
      <ConsultationNotice params={params} />
      <form method="get" action="/admin/consultations" aria-label={t('filtersLabel')} className="mb-4 grid items-end gap-x-4 sm:grid-cols-4">
        <TextField name="day" type="date" label={t('day')} defaultValue={day} />
        <Select name="centerId" label={t('center')} placeholder={t('anyCenter')} defaultValue={filter.centerId ?? ''} options={directory.centers.map((c) => ({ value: c.id, label: c.name.text }))} />
        <Select
          name="counsellorId"
          label={t('counsellor')}
          placeholder={t('anyCounsellor')}
          defaultValue={filter.counsellorId ?? ''}
          options={directory.counsellors.map((c) => ({ value: c.id, label: c.name }))}
        />
        <div className="mb-6">
          <Button variant="secondary">{t('show')}</Button>
        </div>
      </form>
      <nav aria-label={t('dayNav')} className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <a href={query(addDays(day, -1))} rel="prev">
          <span aria-hidden="true">‹ </span>
          {t('previousDay')}
        </a>
        {day !== today ? <a href={query(today)}>{t('today')}</a> : null}
        <a href={query(addDays(day, 1))} rel="next">
          {t('nextDay')}
          <span aria-hidden="true"> ›</span>
        </a>
        <Link href="/admin/consultations/walk-in" className="ms-auto font-semibold">
          {t('registerWalkIn')}
        </Link>
      </nav>
      <p className="mb-6 text-muted">{t('zoneNote', { zone: cityZoneName(locale, cityWallTime(day, '12:00')) })}</p>
      {counsellors.length === 0 ? <p>{t('empty')}</p> : null}
      {counsellors.map((c) => (
        <section key={c.counsellorId} aria-labelledby={`counsellor-${c.counsellorId}`} className="mb-10">
          <h2 id={`counsellor-${c.counsellorId}`} className="mb-3 text-2xl font-bold">
            {c.name}
          </h2>
          {c.bookings.length > 0 ? (
            <Table caption={t('bookingsCaption', { name: c.name })} columns={bookingColumns} rows={c.bookings} rowKey={(b) => b.id} />
          ) : (
            <p>{t('noBookings', { name: c.name })}</p>
          )}
          {c.freeSlots.length > 0 ? (
            <div className="mt-6">
              <Table caption={t('freeCaption', { name: c.name })} columns={freeColumns} rows={c.freeSlots} rowKey={(s) => s.id} />
            </div>
          ) : null}
        </section>
      ))}
    </>
  );
}
