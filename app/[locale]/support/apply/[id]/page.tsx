import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { ownApplicationOr404 } from '@/lib/support/application/resident';
import { sections } from '@/lib/support/application/types';
import { sectionStates } from '@/lib/support/application/store';
import { formatCityDate } from '@/lib/time/seoul';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { ButtonLink } from '@/components/ui/Button';
import { Tag } from '@/components/ui/Tag';
import { Link } from '@/lib/i18n/navigation';
import { db } from '@/lib/db';
import { receiptsOf } from '@/lib/support/documents/store';

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Support.apply' });
  return { title: t('title'), robots: { index: false } };
}

/** The task list (GOV.UK): each section done or to do, and "check your answers" once all are done. */
export default async function TaskListPage({ params, searchParams }: Props) {
  const [{ locale, id }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const { app } = await ownApplicationOr404(locale, id, '');
  if (app.caseId) redirect(`/${locale}/support/apply/${app.id}/done`);
  const t = await getTranslations('Support');
  if (!app.values) {
    return (
      <div className="max-w-2xl">
        <h1 className="mb-4 text-3xl font-bold">{t('apply.title')}</h1>
        <NoticeBanner tone="warning" title={t('apply.problems.expired')}>
          <Link href="/support/apply">{t('apply.startTitle')}</Link>
        </NoticeBanner>
      </div>
    );
  }
  const states = sectionStates(app.values);
  const documents = (await receiptsOf(db, app.id)).length;
  const ready = Object.values(states).every((s) => s === 'done');
  const problem = typeof query.problem === 'string' && ['closed', 'expired', 'incomplete'].includes(query.problem) ? (query.problem as 'closed') : null;
  return (
    <div className="max-w-2xl">
      <h1 className="mb-2 text-3xl font-bold">{t('apply.taskList.title', { programme: t(`programmes.${app.programme}.name`) })}</h1>
      {query.saved ? (
        <p role="status" className="mb-4 border-s-4 border-success bg-[#e6f2ec] p-3 font-semibold">
          {t('apply.taskList.saved')}
        </p>
      ) : null}
      {problem ? <NoticeBanner tone="warning" title={t(`apply.problems.${problem}`)} /> : null}
      <p className="mb-2">{t('apply.taskList.lead')}</p>
      {app.expiresAt ? <p className="mb-6 text-muted">{t('apply.taskList.keptUntil', { date: formatCityDate(app.expiresAt, locale) })}</p> : null}
      <ol className="mb-8 border-t border-line">
        {sections.map((section) => (
          <li key={section} className="flex flex-wrap items-center justify-between gap-2 border-b border-line py-3">
            <Link href={`/support/apply/${app.id}/${section}`} className="font-semibold" aria-describedby={`status-${section}`}>
              {t(`apply.sections.${section}`)}
            </Link>
            <span id={`status-${section}`}>
              <Tag tone={states[section] === 'done' ? 'success' : 'neutral'}>{states[section] === 'done' ? t('apply.taskList.done') : t('apply.taskList.todo')}</Tag>
            </span>
          </li>
        ))}
        {/* Documents are not a step to finish: staff can ask for more later, so it shows a count. */}
        <li className="flex flex-wrap items-center justify-between gap-2 border-b border-line py-3">
          <Link href={`/support/apply/${app.id}/documents`} className="font-semibold" aria-describedby="status-documents">
            {t('apply.sections.documents')}
          </Link>
          <span id="status-documents">
            <Tag tone={documents ? 'success' : 'neutral'}>{t('apply.documents.count', { count: documents })}</Tag>
          </span>
        </li>
      </ol>
      {ready ? <ButtonLink href={`/support/apply/${app.id}/check`}>{t('apply.taskList.check')}</ButtonLink> : <p>{t('apply.taskList.notReady')}</p>}
    </div>
  );
}
