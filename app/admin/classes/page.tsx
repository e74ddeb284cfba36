import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { isLocale } from '@/lib/i18n/locales';
import { staffSections } from '@/lib/classes/staff/roster';
import { scheduleValues } from '@/lib/time/week-days';
import { Table } from '@/components/ui/Table';
import { Select } from '@/components/ui/Select';
import { Button } from '@/components/ui/Button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminClasses'))('title') };
}

/** The sections of a term: seats taken of capacity and the number waiting, each linking to its roster. */
export default async function StaffClassesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requirePermission('classes:manage');
  const [params, raw, t, tc] = await Promise.all([searchParams, getLocale(), getTranslations('AdminClasses'), getTranslations('Classes')]);
  const locale = isLocale(raw) ? raw : 'ko';
  const { terms, term, sections } = await staffSections(staff, typeof params.term === 'string' ? params.term : undefined, locale);
  const termName = (x: { year: number; number: number }) => tc('term', { year: String(x.year), number: String(x.number) });
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-4 max-w-2xl">{t('lead')}</p>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-4">
        <Select name="term" label={t('term')} defaultValue={term?.slug} options={terms.map((x) => ({ value: x.slug, label: termName(x) }))} />
        <Button variant="secondary">{t('show')}</Button>
      </form>
      {sections.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <Table
          caption={term ? termName(term) : t('title')}
          rowKey={(s) => s.id}
          rows={sections}
          columns={[
            { key: 'code', header: t('code'), cell: (s) => <Link href={`/admin/classes/${s.id}`}>{s.code}</Link> },
            { key: 'level', header: t('level'), cell: (s) => tc(`levels.${s.course.level}.name`) },
            { key: 'when', header: t('when'), cell: (s) => tc('schedule', scheduleValues(s, locale)) },
            { key: 'centre', header: t('centre'), cell: (s) => s.centre },
            { key: 'seats', header: t('seats'), numeric: true, cell: (s) => t('seatsValue', { taken: s.taken, capacity: s.capacity }) },
            { key: 'waiting', header: t('waiting'), numeric: true, cell: (s) => s.waiting },
          ]}
        />
      )}
    </>
  );
}
