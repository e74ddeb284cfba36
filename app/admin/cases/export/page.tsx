import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { isLocale } from '@/lib/i18n/locales';
import { filterParams, firstValues, parseQueueFilter } from '@/lib/cases/queue/filters';
import { services } from '@/lib/registry/services';
import { queueNames } from '@/components/admin/cases/queue/names';
import { TextArea } from '@/components/ui/Field';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Button } from '@/components/ui/Button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('CaseHub.export'))('title') };
}

/**
 * Before an export: the filters it applies, and the reason asked for (decision 023). The form
 * posts to the CSV route, which answers with the file or, without a reason, comes back here.
 */
export default async function ExportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('export:create');
  const [params, raw, t, tq, tf] = await Promise.all([searchParams, getLocale(), getTranslations('CaseHub.export'), getTranslations('CaseHub.queue'), getTranslations('Forms')]);
  const locale = isLocale(raw) ? raw : 'ko';
  const filter = parseQueueFilter(firstValues(params));
  const kinds = services.map((s) => s.kind);
  const names = await queueNames(locale, kinds);
  const error = params.problem === 'reason' ? t('reasonProblem') : undefined;
  const shown: [string, string][] = [];
  if (filter.kind) shown.push([tq('service'), names.kind(filter.kind)]);
  if (filter.status) shown.push([tq('status'), filter.kind ? names.status(filter.kind, filter.status) : filter.status]);
  if (filter.state) shown.push([tq('state'), filter.state === 'open' ? tq('stateOpen') : tq('stateClosed')]);
  if (filter.lang) shown.push([tq('language'), names.language(filter.lang)]);
  if (filter.nat) shown.push([tq('nationality'), names.nationality(filter.nat)]);
  if (filter.assignee) shown.push([tq('assignee'), filter.assignee === 'me' ? tq('me') : filter.assignee === 'unassigned' ? tq('unassigned') : filter.assignee]);
  if (filter.interp) shown.push([tq('interpreter'), filter.interp === 'yes' ? tq('interpreterYes') : tq('interpreterNo')]);
  if (filter.q) shown.push([tq('search'), filter.q]);
  for (const key of ['createdFrom', 'createdTo', 'updatedFrom', 'updatedTo', 'centre'] as const) if (filter[key]) shown.push([tq(key === 'centre' ? 'centre' : key), String(filter[key])]);
  const hidden = [...filterParams(filter).entries()];
  return (
    <>
      <p className="mb-2">
        <Link href={`/admin/cases?${filterParams(filter).toString()}`}>{tq('title')}</Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6 max-w-prose">{t('intro')}</p>
      <h2 className="mb-2 text-xl font-bold">{t('filters')}</h2>
      {shown.length === 0 ? (
        <p className="mb-6">{t('noFilters')}</p>
      ) : (
        <dl className="mb-6 grid gap-x-6 gap-y-1 sm:grid-cols-[14rem_1fr]">
          {shown.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-bold">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <form method="post" action="/admin/cases/export/csv" noValidate className="max-w-2xl">
        <ErrorSummary title={tf('errorSummaryTitle')} errors={error ? { reason: error } : {}} />
        {hidden.map(([key, value]) => (
          <input key={key} type="hidden" name={key} value={value} />
        ))}
        <TextArea name="reason" rows={3} label={t('reason')} hint={t('reasonHint')} error={error} />
        <Button>{t('submit')}</Button>
      </form>
    </>
  );
}
