import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { db } from '@/lib/db';
import { listOutboxMessages } from '@/lib/notifications/queries';
import { recordAudit } from '@/lib/audit/record';
import { formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { isLocale } from '@/lib/i18n/locales';
import { Tag } from '@/components/ui/Tag';
import { deliveryStatus } from './status';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.mail'))('title') };
}

const PAGE_SIZE = 50;

/**
 * Every message the portal sent or will send, so staff can answer "did they get it?". Subjects
 * come from the staff copy, with secrets masked (docs/decisions/010).
 */
export default async function MailPage({ searchParams }: { searchParams: Promise<{ page?: string; to?: string }> }) {
  const staff = await requirePermission('mail:read');
  const params = await searchParams;
  const page = Math.max(1, Number(params.page) || 1);
  const to = params.to?.trim() || undefined;
  const [t, raw, { rows, total }] = await Promise.all([getTranslations('Admin.mail'), getLocale(), listOutboxMessages(db, { page, pageSize: PAGE_SIZE, to })]);
  await recordAudit({ actor: { type: 'staff', id: staff.id }, action: 'view', entity: 'OutboxMessage', detail: { list: true, page, to: to ? 'filtered' : undefined } });
  const locale = isLocale(raw) ? raw : 'ko';
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t('title')}</h1>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="mail-to" className="font-semibold">
            {t('to')}
          </label>
          <input id="mail-to" name="to" defaultValue={to} className="mt-1 block border-2 border-ink p-2" />
        </div>
        <button type="submit" className="min-h-11 bg-ink px-4 font-semibold text-white">
          {t('search')}
        </button>
      </form>
      <div className="overflow-x-auto" role="region" aria-labelledby="mail-caption" tabIndex={0}>
        <table className="w-full border-collapse text-start text-sm">
          <caption id="mail-caption" className="mb-2 text-start text-lg font-bold">
            {t('results', { count: total })}
          </caption>
          <thead>
            <tr>
              {[t('when'), t('to'), t('subject'), t('language'), t('statusLabel')].map((h) => (
                <th key={h} scope="col" className="border-b-2 border-ink p-2 text-start">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => {
              const status = deliveryStatus(m);
              return (
                <tr key={m.id}>
                  <td className="border-b border-line p-2 whitespace-nowrap">
                    {formatCityDate(m.createdAt, locale)} {formatCityTime(m.createdAt, locale)}
                  </td>
                  <td className="border-b border-line p-2">{m.to}</td>
                  <td className="border-b border-line p-2">
                    <a href={`/admin/mail/${m.id}`} lang={m.locale}>
                      {m.subject}
                    </a>
                  </td>
                  <td className="border-b border-line p-2">{m.locale}</td>
                  <td className="border-b border-line p-2">
                    <Tag tone={status.tone}>{t(status.key)}</Tag>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <nav aria-label={t('pages')} className="mt-4 flex gap-4">
        {page > 1 ? <a href={`?page=${page - 1}${to ? `&to=${encodeURIComponent(to)}` : ''}`}>{t('previous')}</a> : null}
        {page * PAGE_SIZE < total ? <a href={`?page=${page + 1}${to ? `&to=${encodeURIComponent(to)}` : ''}`}>{t('next')}</a> : null}
      </nav>
    </>
  );
}
