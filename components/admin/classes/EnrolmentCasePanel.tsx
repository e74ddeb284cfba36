import type { ReactNode } from 'react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/guards';
import { koreanClassKind } from '@/lib/cases/kinds/korean-class';
import { enrolmentPanel } from '@/lib/classes/staff/case-panel';
import type { CasePanelProps } from '@/lib/cases/registration';
import { scheduleValues } from '@/lib/time/week-days';
import { cityZoneName, formatCityDate, formatCityTime } from '@/lib/time/seoul';

/** The enrolment's part of the staff case page: the section, the status, the waitlist place or the offer. */
export async function EnrolmentCasePanel({ caseId, staff, locale }: CasePanelProps) {
  const [e, t, tc, ts] = await Promise.all([enrolmentPanel(staff, caseId, locale), getTranslations('AdminClasses.panel'), getTranslations('Classes'), getTranslations('Cases.KOREAN_CLASS')]);
  if (!e) return null;
  const row = (label: string, value: ReactNode) => (
    <>
      <dt className="font-bold">{label}</dt>
      <dd>{value}</dd>
    </>
  );
  return (
    <section aria-labelledby="enrolment-heading" className="mb-8">
      <h2 id="enrolment-heading" className="mb-3 text-2xl font-bold">
        {t('heading')}
      </h2>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[11rem_1fr]">
        {row(t('section'), `${e.section.code}: ${tc(`levels.${e.section.level}.name`)}, ${tc('schedule', scheduleValues(e.section, locale))}, ${e.section.centre}`)}
        {row(t('status'), ts(`status.${e.status as 'WAITING'}`))}
        {e.position ? row(t('position'), e.position) : null}
        {e.offerExpiresAt ? row(t('offerUntil'), `${formatCityDate(e.offerExpiresAt, locale)}, ${formatCityTime(e.offerExpiresAt, locale)} (${cityZoneName(locale, e.offerExpiresAt)})`) : null}
      </dl>
      {can(staff, koreanClassKind.managePermission) ? (
        <p className="mt-3">
          <Link href={`/admin/classes/${e.section.id}`}>{t('openRoster')}</Link>
        </p>
      ) : null}
    </section>
  );
}
