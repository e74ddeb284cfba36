import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { forbidden, notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { can, requireStaff } from '@/lib/auth/guards';
import { isLocale, languageTags } from '@/lib/i18n/locales';
import { languageNameIn } from '@/lib/i18n/language-name';
import { cityDayKey, cityWallTime, cityZoneName, formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { caseForStaff } from '@/lib/cases/staff-detail';
import { AttendanceButtons } from '@/components/admin/consultations/AttendanceButtons';
import { BookingStatusTag, CaseStatusTag } from '@/components/admin/consultations/StatusTags';
import { ConsultationNotice } from '@/components/admin/consultations/ConsultationNotice';
import { OutcomeForm } from '@/components/admin/consultations/OutcomeForm';
import { Tag } from '@/components/ui/Tag';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.cases'))('details') };
}

const knownEvents = ['created', 'booked', 'rescheduled', 'cancelled', 'checked_in', 'no_show', 'outcome', 'follow_up', 'walk_in'];

/** A case with its timeline; for a consultation, the appointment and what the counsellor does next. */
export default async function CasePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  const [{ id }, query, raw, t, tc] = await Promise.all([params, searchParams, getLocale(), getTranslations('Admin.cases'), getTranslations('Admin.consultations')]);
  const locale = isLocale(raw) ? raw : 'ko';
  const result = await caseForStaff(staff, id, locale);
  if (result.kind === 'missing') notFound();
  if (result.kind === 'denied') forbidden();
  const c = result.detail;
  const b = c.booking;
  const now = new Date();
  const when = (at: Date) => `${formatCityDate(at, locale)} ${formatCityTime(at, locale)}`;
  const dayText = (key: string) => formatCityDate(cityWallTime(key, '12:00'), locale);
  const manages = can(staff, 'consultations:manage') && c.kind === 'CONSULTATION';
  const takesOutcome = b && (b.status === 'CHECKED_IN' || (b.status === 'BOOKED' && b.startsAt <= now));
  const status = (s: string | null) => (s ? t(`status.${s as 'SCHEDULED'}`) : '');
  const row = (label: string, value: ReactNode) => (
    <>
      <dt className="font-bold">{label}</dt>
      <dd>{value}</dd>
    </>
  );

  return (
    <>
      {manages ? (
        <p className="mb-2">
          <a href={b ? `/admin/consultations?day=${cityDayKey(b.startsAt)}` : '/admin/consultations'}>{t('back')}</a>
        </p>
      ) : null}
      <h1 className="mb-2 text-3xl font-bold">{t('title', { reference: c.reference })}</h1>
      <p className="mb-6">
        <CaseStatusTag status={c.status} />
      </p>
      <ConsultationNotice params={query} />
      <div className="grid gap-10 lg:grid-cols-2">
        <div>
          <section aria-labelledby="details-heading" className="mb-8">
            <h2 id="details-heading" className="mb-3 text-2xl font-bold">
              {t('details')}
            </h2>
            <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[11rem_1fr]">
              {row(t('reference'), c.reference)}
              {row(t('service'), c.service ? `${t(`kind.${c.kind}`)}: ${c.service.title.text}` : t(`kind.${c.kind}`))}
              {row(t('statusLabel'), status(c.status))}
              {row(t('assignee'), c.assignee?.name ?? t('unassigned'))}
              {row(t('opened'), when(c.createdAt))}
              {c.closedAt ? row(t('closed'), when(c.closedAt)) : null}
              {row(t('resident'), b?.name ?? c.resident.name)}
              {can(staff, 'pii:read') ? row(t('email'), b?.email ?? c.resident.email ?? t('notGiven')) : null}
              {can(staff, 'pii:read') ? row(t('phone'), b?.phone ?? c.resident.phone ?? t('notGiven')) : null}
            </dl>
          </section>
          {b ? (
            <section aria-labelledby="appointment-heading" className="mb-8">
              <h2 id="appointment-heading" className="mb-3 text-2xl font-bold">
                {t('appointmentHeading')}
              </h2>
              <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[11rem_1fr]">
                {row(
                  t('when'),
                  t('whenValue', { date: formatCityDate(b.startsAt, locale), start: formatCityTime(b.startsAt, locale), end: formatCityTime(b.endsAt, locale), zone: cityZoneName(locale, b.startsAt) }),
                )}
                {row(
                  t('bookingStatus'),
                  <span className="flex flex-wrap gap-2">
                    <BookingStatusTag status={b.status} />
                    {b.walkIn ? <Tag>{t('walkIn')}</Tag> : null}
                    {b.slot?.closed && (b.status === 'BOOKED' || b.status === 'CHECKED_IN') ? <Tag tone="warning">{tc('closedTag')}</Tag> : null}
                  </span>,
                )}
                {row(t('counsellor'), b.counsellor.name)}
                {row(t('centre'), b.center.name.text)}
                {row(t('topic'), <span lang={b.topic.title.isFallback ? languageTags[b.topic.title.locale] : undefined}>{b.topic.title.text}</span>)}
                {row(t('channel'), tc(`channel.${b.channel}`))}
                {row(t('language'), languageNameIn(b.language, locale))}
                {row(t('interpreter'), b.interpreterNeeded ? t('interpreterYes') : t('interpreterNo'))}
                {b.followUpOn ? row(t('followUpOn'), dayText(b.followUpOn)) : null}
              </dl>
              <h3 className="mt-4 font-bold">{t('problem')}</h3>
              <p className="whitespace-pre-wrap border-s-4 border-line ps-3">{b.problem}</p>
              {b.outcome ? (
                <>
                  <h3 className="mt-4 font-bold">{t('outcome')}</h3>
                  <p className="whitespace-pre-wrap border-s-4 border-line ps-3">{b.outcome}</p>
                </>
              ) : null}
            </section>
          ) : null}
          {manages && b && b.status === 'BOOKED' ? (
            <section aria-labelledby="attendance-heading" className="mb-8">
              <h2 id="attendance-heading" className="mb-3 text-2xl font-bold">
                {t('attendanceHeading')}
              </h2>
              <AttendanceButtons bookingId={b.id} status={b.status} startsAt={b.startsAt} back={`/admin/cases/${c.id}`} now={now} />
            </section>
          ) : null}
          {manages && b && takesOutcome ? (
            <section aria-labelledby="outcome-heading" className="mb-8">
              <h2 id="outcome-heading" className="mb-3 text-2xl font-bold">
                {t('outcomeHeading')}
              </h2>
              <OutcomeForm bookingId={b.id} minFollowUpDay={cityDayKey(now)} />
            </section>
          ) : null}
        </div>
        <section aria-labelledby="timeline-heading">
          <h2 id="timeline-heading" className="mb-3 text-2xl font-bold">
            {t('timelineHeading')}
          </h2>
          <p className="mb-3 text-sm text-muted">{tc('zoneNote', { zone: cityZoneName(locale, c.createdAt) })}</p>
          <ol className="border-s-4 border-brand ps-4">
            {c.events.map((e) => {
              const data = (e.data ?? {}) as { on?: unknown };
              return (
                <li key={e.id} className="mb-4">
                  <p className="font-bold">{t(`event.${knownEvents.includes(e.type) ? (e.type as 'booked') : 'other'}`)}</p>
                  <p className="text-sm text-muted">
                    <time dateTime={e.createdAt.toISOString()}>{when(e.createdAt)}</time> · {e.actor ? t('byStaff', { name: e.actor.name }) : t('byResident')}
                  </p>
                  {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus ? <p className="text-sm">{t('statusChange', { from: status(e.fromStatus), to: status(e.toStatus) })}</p> : null}
                  {typeof data.on === 'string' ? <p className="text-sm">{t('followUpValue', { date: dayText(data.on) })}</p> : null}
                  {e.note && e.type !== 'outcome' ? <p className="whitespace-pre-wrap text-sm">{e.note}</p> : null}
                </li>
              );
            })}
          </ol>
        </section>
      </div>
    </>
  );
}
