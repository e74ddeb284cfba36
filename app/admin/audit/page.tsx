import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { can, requirePermission } from '@/lib/auth/guards';
import { AUDIT_PAGE_SIZE, auditFilterSchema, searchAuditLog } from '@/lib/staff/audit-log';
import { auditActions, isAuditAction } from '@/lib/audit/record';
import { formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { getLocale } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/locales';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.audit'))('title') };
}

/** Search by who, which resident, what and when; a plain GET form so results can be linked. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const staff = await requirePermission('audit:read');
  const filter = auditFilterSchema.parse(await searchParams);
  const [t, raw, result] = await Promise.all([getTranslations('Admin.audit'), getLocale(), searchAuditLog(staff, filter)]);
  const locale = isLocale(raw) ? raw : 'ko';
  const pages = Math.max(1, Math.ceil(result.total / AUDIT_PAGE_SIZE));
  const query = (page: number) => new URLSearchParams(Object.entries({ ...filter, page: String(page) }).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  const field = 'mt-1 block w-full border-2 border-ink p-2';
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t('title')}</h1>
      <form method="get" className="mb-8 grid gap-4 sm:grid-cols-3">
        <div>
          <label htmlFor="audit-actor" className="font-semibold">
            {t('actor')}
          </label>
          <input id="audit-actor" name="actor" defaultValue={filter.actor} className={field} />
        </div>
        <div>
          <label htmlFor="audit-resident" className="font-semibold">
            {t('resident')}
          </label>
          <input id="audit-resident" name="resident" defaultValue={filter.resident} className={field} />
        </div>
        <div>
          <label htmlFor="audit-action" className="font-semibold">
            {t('action')}
          </label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ''} className={field}>
            <option value="">{t('anyAction')}</option>
            {auditActions.map((a) => (
              <option key={a} value={a}>
                {t(`actions.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-from" className="font-semibold">
            {t('from')}
          </label>
          <input id="audit-from" type="date" name="from" defaultValue={filter.from} className={field} />
        </div>
        <div>
          <label htmlFor="audit-to" className="font-semibold">
            {t('to')}
          </label>
          <input id="audit-to" type="date" name="to" defaultValue={filter.to} className={field} />
        </div>
        <div className="self-end">
          <button type="submit" className="min-h-11 bg-ink px-4 font-semibold text-white">
            {t('search')}
          </button>
        </div>
      </form>
      {can(staff, 'export:create') ? (
        <form method="post" action="/admin/audit/export" className="mb-8 flex flex-wrap items-end gap-3">
          {Object.entries(filter).map(([key, value]) => (value && key !== 'page' ? <input key={key} type="hidden" name={key} value={String(value)} /> : null))}
          <div className="grow">
            <label htmlFor="export-reason" className="font-semibold">
              {t('exportReason')}
            </label>
            <p id="export-reason-hint" className="text-muted">
              {t('exportReasonHint')}
            </p>
            <input id="export-reason" name="reason" required minLength={10} maxLength={500} aria-describedby="export-reason-hint" className="mt-1 block w-full border-2 border-ink p-2" />
          </div>
          <button type="submit" className="min-h-11 border-2 border-ink px-4 font-semibold">
            {t('export')}
          </button>
        </form>
      ) : null}
      <div className="overflow-x-auto" role="region" aria-labelledby="audit-caption" tabIndex={0}>
        <table className="w-full border-collapse text-start text-sm">
          <caption id="audit-caption" className="mb-2 text-start text-lg font-bold">
            {t('results', { count: result.total })}
          </caption>
          <thead>
            <tr>
              {[t('when'), t('actor'), t('action'), t('what'), t('resident'), t('address'), t('detail')].map((h) => (
                <th key={h} scope="col" className="border-b-2 border-ink p-2 text-start">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr key={r.id}>
                <td className="border-b border-line p-2 whitespace-nowrap">
                  {formatCityDate(r.at, locale)} {formatCityTime(r.at, locale)}
                </td>
                <td className="border-b border-line p-2">{r.actor}</td>
                <td className="border-b border-line p-2">{isAuditAction(r.action) ? t(`actions.${r.action}`) : r.action}</td>
                <td className="border-b border-line p-2">
                  {r.entity}
                  {r.entityId ? ` ${r.entityId}` : ''}
                </td>
                <td className="border-b border-line p-2">{r.residentId ?? ''}</td>
                <td className="border-b border-line p-2">{r.ip ?? ''}</td>
                <td className="border-b border-line p-2 font-mono break-all">{r.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav aria-label={t('pages')} className="mt-4 flex gap-4">
          {filter.page > 1 ? (
            <a href={`?${query(filter.page - 1)}`} rel="prev">
              {t('previous')}
            </a>
          ) : null}
          <span>{t('pageOf', { page: filter.page, pages })}</span>
          {filter.page < pages ? (
            <a href={`?${query(filter.page + 1)}`} rel="next">
              {t('next')}
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
