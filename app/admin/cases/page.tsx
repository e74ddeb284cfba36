import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { can, requireStaff } from '@/lib/auth/guards';
import { recordAudit } from '@/lib/audit/record';
import { isLocale } from '@/lib/i18n/locales';
import { filterParams, firstValues, parseQueueFilter } from '@/lib/cases/queue/filters';
import { listQueue } from '@/lib/cases/queue/list';
import { countByStatus } from '@/lib/cases/queue/count';
import { listViews } from '@/lib/cases/queue/list-views';
import { queueOptions } from '@/lib/cases/queue/options';
import { mayShareViews, mayUseViews } from '@/lib/cases/queue/views';
import { services } from '@/lib/registry/services';
import { queueNames } from '@/components/admin/cases/queue/names';
import { QueueFilters } from '@/components/admin/cases/queue/QueueFilters';
import { QueueCounts } from '@/components/admin/cases/queue/QueueCounts';
import { QueueTable } from '@/components/admin/cases/queue/QueueTable';
import { QueuePager } from '@/components/admin/cases/queue/QueuePager';
import { SavedViews } from '@/components/admin/cases/queue/SavedViews';
import { ViewNotice } from '@/components/admin/cases/queue/ViewNotice';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('CaseHub.queue'))('title') };
}

/**
 * Every case of every registered kind the viewer may read (the core's access rule), filtered by
 * a GET form whose state is the URL, keyset-paged, with counts per status through the same
 * where, and the viewer's saved views beside it (docs/decisions/017).
 */
export default async function CaseQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  if (!mayUseViews(staff)) {
    await recordAudit({ actor: { type: 'staff', id: staff.id }, action: 'access_denied', entity: 'Permission', entityId: 'case:read:any|case:read:assigned' });
    forbidden();
  }
  const [params, raw, t, te] = await Promise.all([searchParams, getLocale(), getTranslations('CaseHub.queue'), getTranslations('CaseHub.export')]);
  const locale = isLocale(raw) ? raw : 'ko';
  const values = firstValues(params);
  const filter = parseQueueFilter(values);
  const kinds = services.map((service) => service.kind);
  const [page, counts, views, options, names] = await Promise.all([
    listQueue(staff, filter, kinds, { after: values.after, before: values.before }),
    countByStatus(staff, filter, kinds),
    listViews(staff),
    queueOptions(locale),
    queueNames(locale, kinds),
  ]);
  const current = views.some((v) => v.id === values.view) ? values.view : undefined;
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t('title')}</h1>
      <ViewNotice params={values} />
      <SavedViews views={views} filter={filter} current={current} mayShare={mayShareViews(staff)} notice={values} />
      <QueueFilters filter={filter} kinds={kinds} names={names} staff={options.staff} centres={options.centres} />
      <QueueCounts counts={counts} filter={filter} names={names} />
      <QueueTable rows={page.rows} names={names} caption={filter.sort === 'updated' ? t('captionUpdated') : t('captionCreated')} now={new Date()} />
      <QueuePager filter={filter} next={page.next} previous={page.previous} view={current} />
      {can(staff, 'export:create') ? (
        <p className="mt-6">
          <Link href={`/admin/cases/export?${filterParams(filter).toString()}`}>{te('link')}</Link>
        </p>
      ) : null}
    </>
  );
}
