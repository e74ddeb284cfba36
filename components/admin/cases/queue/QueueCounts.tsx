import { getTranslations } from 'next-intl/server';
import { filterParams, type QueueFilter } from '@/lib/cases/queue/filters';
import type { StatusCount } from '@/lib/cases/queue/count';
import { COUNT_CAP } from '@/lib/cases/queue/count';
import type { QueueNames } from './names';

/** How many cases each status holds under the other filters; each links to the queue narrowed to it. */
export async function QueueCounts({ counts, filter, names }: { counts: StatusCount[]; filter: QueueFilter; names: QueueNames }) {
  const t = await getTranslations('CaseHub.queue');
  return (
    <section aria-labelledby="queue-counts-heading" className="mb-6">
      <h2 id="queue-counts-heading" className="mb-2 text-xl font-bold">
        {t('countsHeading')}
      </h2>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {counts.map((c) => {
          const current = filter.status === c.status;
          return (
            <li key={c.status}>
              <a href={`/admin/cases?${filterParams({ ...filter, status: c.status }).toString()}`} aria-current={current ? 'true' : undefined} className={current ? 'font-bold' : undefined}>
                {names.status(c.kind, c.status)}
              </a>{' '}
              <span>{c.capped ? t('countCapped', { count: COUNT_CAP }) : t('countValue', { count: c.count })}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
