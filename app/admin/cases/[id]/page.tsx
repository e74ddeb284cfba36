import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { forbidden, notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/guards';
import { isLocale } from '@/lib/i18n/locales';
import { caseForStaff } from '@/lib/cases/staff-detail';
import { registrationOf, services } from '@/lib/registry/services';
import { formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { CaseStatusTag } from '@/components/admin/cases/CaseStatusTag';
import { CaseTimeline } from '@/components/admin/cases/CaseTimeline';
import { ConsultationNotice } from '@/components/admin/consultations/ConsultationNotice';
import { SupportNotice } from '@/components/admin/support/SupportNotice';
import { otherCasesOf } from '@/lib/cases/related/other-cases';
import { possibleDuplicates } from '@/lib/cases/related/duplicates';
import { queueNames } from '@/components/admin/cases/queue/names';
import { OtherCases } from '@/components/admin/cases/related/OtherCases';
import { PossibleDuplicates } from '@/components/admin/cases/related/PossibleDuplicates';
import { can } from '@/lib/auth/guards';
import { messageChoice } from '@/lib/hub/messages/compose';
import { sentMessages } from '@/lib/hub/messages/sent';
import { CaseWork, HubNotice } from '@/components/admin/hub/CaseWork';
import { MessagePanel } from '@/components/admin/hub/MessagePanel';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.cases'))('details') };
}

/**
 * A case of any kind: the shared details and timeline, and the service's own panel from the
 * registry (a consultation's appointment, attendance and outcome). Access is the core's rule.
 */
export default async function CasePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  const [{ id }, query, raw, t, tk] = await Promise.all([params, searchParams, getLocale(), getTranslations('Admin.cases'), getTranslations('Cases')]);
  const locale = isLocale(raw) ? raw : 'ko';
  const result = await caseForStaff(staff, id, locale);
  if (result.kind === 'missing') notFound();
  if (result.kind === 'denied') forbidden();
  const c = result.detail;
  const registration = registrationOf(c.kind);
  const Panel = registration ? await registration.staffPanel() : null;
  const now = new Date();
  const template = typeof query.template === 'string' ? query.template : undefined;
  const [otherCases, duplicates, names, choice, messages, timelineLines] = await Promise.all([
    otherCasesOf(staff, c.resident.id, c.id),
    possibleDuplicates(staff, c.resident.id),
    queueNames(
      locale,
      services.map((s) => s.kind),
    ),
    messageChoice(staff, c.id, template),
    sentMessages(c.events),
    registration?.timelineLines ? registration.timelineLines(c.events, locale) : new Map<string, readonly string[]>(),
  ]);
  const mayTake = !c.assignee && (can(staff, 'case:take:unassigned') || can(staff, 'case:update:any'));
  const when = (at: Date) => `${formatCityDate(at, locale)} ${formatCityTime(at, locale)}`;
  const kindName = registration ? tk(`${registration.kind.kind as 'CONSULTATION'}.name`) : c.kind;
  const row = (label: string, value: ReactNode) => (
    <>
      <dt className="font-bold">{label}</dt>
      <dd>{value}</dd>
    </>
  );

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('title', { reference: c.reference })}</h1>
      <p className="mb-6">
        <CaseStatusTag kind={c.kind} status={c.status} />
      </p>
      <ConsultationNotice params={query} />
      <SupportNotice notice={query.support} />
      <HubNotice value={query.hub} />
      <div className="grid gap-10 lg:grid-cols-2">
        <div>
          <section aria-labelledby="details-heading" className="mb-8">
            <h2 id="details-heading" className="mb-3 text-2xl font-bold">
              {t('details')}
            </h2>
            <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[11rem_1fr]">
              {row(t('reference'), c.reference)}
              {row(t('service'), c.service ? `${kindName}: ${c.service.title.text}` : kindName)}
              {row(t('statusLabel'), <CaseStatusTag kind={c.kind} status={c.status} plain />)}
              {row(t('assignee'), c.assignee?.name ?? t('unassigned'))}
              {row(t('opened'), when(c.createdAt))}
              {c.closedAt ? row(t('closed'), when(c.closedAt)) : null}
            </dl>
          </section>
          <CaseWork caseId={c.id} mayTake={mayTake} mayWork={choice !== null} />
          {choice ? <MessagePanel caseId={c.id} choice={choice} staffLocale={staff.locale} reader={locale} /> : null}
          {Panel ? <Panel caseId={c.id} staff={staff} locale={locale} now={now} /> : null}
          <OtherCases cases={otherCases} names={names} />
          <PossibleDuplicates count={duplicates.count} rows={duplicates.rows} />
        </div>
        <CaseTimeline detail={c} locale={locale} messages={messages} lines={timelineLines} />
      </div>
    </>
  );
}
