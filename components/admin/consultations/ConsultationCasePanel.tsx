import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/guards';
import { consultationPanel } from '@/lib/consultations/case-panel';
import { consultationKind } from '@/lib/cases/kinds/consultation';
import { languageTags } from '@/lib/i18n/locales';
import { languageNameIn } from '@/lib/i18n/language-name';
import { cityDayKey, cityWallTime, cityZoneName, formatCityDate, formatCityTime } from '@/lib/time/seoul';
import type { CasePanelProps } from '@/lib/cases/registration';
import { AttendanceButtons } from './AttendanceButtons';
import { BookingStatusTag } from './StatusTags';
import { OutcomeForm } from './OutcomeForm';
import { Tag } from '@/components/ui/Tag';

/** The consultation's part of the staff case page: the appointment, attendance and the outcome form. */
export async function ConsultationCasePanel({ caseId, staff, locale, now }: CasePanelProps) {
  const [b, t, tc] = await Promise.all([consultationPanel(staff, caseId, locale), getTranslations('Admin.cases'), getTranslations('Admin.consultations')]);
  if (!b) return null;
  const manages = can(staff, consultationKind.managePermission);
  const takesOutcome = b.status === 'CHECKED_IN' || (b.status === 'BOOKED' && b.channel !== 'VISIT' && b.startsAt <= now);
  const dayText = (key: string) => formatCityDate(cityWallTime(key, '12:00'), locale);
  const row = (label: string, value: ReactNode) => (
    <>
      <dt className="font-bold">{label}</dt>
      <dd>{value}</dd>
    </>
  );
  return (
    <>
      {manages ? (
        <p className="mb-4">
          <a href={`/admin/consultations?day=${cityDayKey(b.startsAt)}`}>{t('back')}</a>
        </p>
      ) : null}
      <section aria-labelledby="appointment-heading" className="mb-8">
        <h2 id="appointment-heading" className="mb-3 text-2xl font-bold">
          {t('appointmentHeading')}
        </h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[11rem_1fr]">
          {row(t('resident'), b.name)}
          {b.email !== undefined ? row(t('email'), b.email ?? t('notGiven')) : null}
          {b.phone !== undefined ? row(t('phone'), b.phone ?? t('notGiven')) : null}
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
      {manages && b.status === 'BOOKED' ? (
        <section aria-labelledby="attendance-heading" className="mb-8">
          <h2 id="attendance-heading" className="mb-3 text-2xl font-bold">
            {t('attendanceHeading')}
          </h2>
          <AttendanceButtons bookingId={b.id} status={b.status} startsAt={b.startsAt} back={`/admin/cases/${caseId}`} now={now} />
        </section>
      ) : null}
      {manages && takesOutcome ? (
        <section aria-labelledby="outcome-heading" className="mb-8">
          <h2 id="outcome-heading" className="mb-3 text-2xl font-bold">
            {t('outcomeHeading')}
          </h2>
          <OutcomeForm bookingId={b.id} minFollowUpDay={cityDayKey(now)} />
        </section>
      ) : null}
    </>
  );
}
