import { getTranslations } from 'next-intl/server';
import { filterParams, type QueueFilter } from '@/lib/cases/queue/filters';

/** First, previous and next page by key: each link carries the filters and one row's position. */
export async function QueuePager({ filter, next, previous, view }: { filter: QueueFilter; next: string | null; previous: string | null; view?: string }) {
  const t = await getTranslations('CaseHub.queue');
  if (!next && !previous) return null;
  const href = (extra: Record<string, string | undefined>) => `/admin/cases?${filterParams(filter, { view, ...extra }).toString()}`;
  return (
    <nav aria-label={t('pages')} className="mt-4 flex flex-wrap gap-6">
      {previous ? <a href={href({})}>{t('first')}</a> : null}
      {previous ? (
        <a href={href({ before: previous })} rel="prev">
          {t('previous')}
        </a>
      ) : null}
      {next ? (
        <a href={href({ after: next })} rel="next">
          {t('next')}
        </a>
      ) : null}
    </nav>
  );
}
