import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { isLocale, languageTags, locales } from '@/lib/i18n/locales';
import { listTemplates } from '@/lib/hub/templates/queries';
import { Table } from '@/components/ui/Table';
import { TemplateTextForm } from '@/components/admin/hub/TemplateTextForm';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('CaseHub.templates'))('title') };
}

/** Message templates and how many languages are up to date (docs/decisions/023). */
export default async function TemplatesPage() {
  await requirePermission('templates:manage');
  const [raw, t] = await Promise.all([getLocale(), getTranslations('CaseHub.templates')]);
  const locale = isLocale(raw) ? raw : 'ko';
  const templates = await listTemplates(locale);
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6 max-w-prose">{t('intro')}</p>
      <Table
        caption={t('listCaption')}
        rowKey={(row) => row.id}
        rows={templates}
        columns={[
          {
            key: 'name',
            header: t('name'),
            cell: (row) => (
              <Link href={`/admin/templates/${row.id}`}>
                <span lang={isLocale(row.titleLocale) ? languageTags[row.titleLocale] : undefined}>{row.title}</span>
              </Link>
            ),
          },
          { key: 'key', header: t('key'), cell: (row) => <code>{row.key}</code> },
          { key: 'current', header: t('translations'), numeric: true, cell: (row) => t('upToDate', { count: row.current, total: locales.length }) },
        ]}
      />
      <section aria-labelledby="new-template" className="mt-10 max-w-2xl">
        <h2 id="new-template" className="mb-3 text-2xl font-bold">
          {t('newHeading')}
        </h2>
        <TemplateTextForm locale="ko" lang="ko" dir="ltr" />
      </section>
    </>
  );
}
