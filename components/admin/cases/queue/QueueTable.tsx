import { getFormatter, getTranslations } from 'next-intl/server';
import type { QueueRow } from '@/lib/cases/queue/list';
import { CITY_TIME_ZONE } from '@/lib/time/seoul';
import { CaseStatusTag } from '@/components/admin/cases/CaseStatusTag';
import type { QueueNames } from './names';

/**
 * The queue as a real table: a caption, column headers, and the reference as the link into each
 * case (the one focus stop per row, so the keyboard walks the list quickly). Age is relative
 * ("3 days ago") in the viewer's language; the deadline is a date and time on the city's clock.
 */
export async function QueueTable({ rows, names, caption, now }: { rows: QueueRow[]; names: QueueNames; caption: string; now: Date }) {
  const [t, format] = await Promise.all([getTranslations('CaseHub.queue'), getFormatter()]);
  const cell = 'border-b border-line p-2 align-top';
  const headers = [t('reference'), t('serviceColumn'), t('statusColumn'), t('languageColumn'), t('interpreterColumn'), t('assigneeColumn'), t('ageColumn'), t('deadlineColumn')];
  return (
    <div className="overflow-x-auto" role="region" aria-labelledby="queue-caption" tabIndex={0}>
      <table className="w-full border-collapse text-start">
        <caption id="queue-caption" className="mb-2 text-start text-lg font-bold">
          {caption}
        </caption>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col" className="border-b-2 border-ink p-2 text-start">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className={`${cell} text-start font-normal whitespace-nowrap`}>
                <a href={`/admin/cases/${row.id}`} className="font-mono font-semibold">
                  {row.reference}
                </a>
              </th>
              <td className={cell}>{names.kind(row.kind)}</td>
              <td className={cell}>
                <CaseStatusTag kind={row.kind} status={row.status} />
              </td>
              <td className={cell}>{row.language ? names.language(row.language) : t('notRecorded')}</td>
              <td className={cell}>{row.interpreterNeeded ? <strong>{t('interpreterNeeded')}</strong> : t('interpreterNotNeeded')}</td>
              <td className={cell}>
                {row.assignee ?? t('nobody')}
                {row.offeredTo ? <span className="block text-sm">{t('offeredTo', { name: row.offeredTo })}</span> : null}
              </td>
              <td className={cell}>
                <time dateTime={row.createdAt.toISOString()}>{format.relativeTime(row.createdAt, now)}</time>
              </td>
              <td className={cell}>
                {row.dueAt ? <time dateTime={row.dueAt.toISOString()}>{format.dateTime(row.dueAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: CITY_TIME_ZONE })}</time> : t('noDeadline')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="p-2">{t('empty')}</p> : null}
    </div>
  );
}
