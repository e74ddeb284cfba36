import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { isLocale } from '@/lib/i18n/locales';
import { noticesForStaff } from '@/lib/notices/staff/editing';
import { endNoticeAction } from '@/lib/notices/staff/actions';
import { formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { Table } from '@/components/ui/Table';
import { Tag, type TagTone } from '@/components/ui/Tag';
import { Button, ButtonLink } from '@/components/ui/Button';
import { NoticeBanner } from '@/components/ui/NoticeBanner';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminNotices'))('title') };
}

const severityTones: Record<string, TagTone> = { URGENT: 'error', WARNING: 'warning', INFO: 'info' };
const stateTones: Record<string, TagTone> = { current: 'success', upcoming: 'info', ended: 'neutral' };

/** Every notice with its severity and state; new ones, changes and "end now". */
export default async function NoticesAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePermission('notices:publish');
  const [params, raw, t] = await Promise.all([searchParams, getLocale(), getTranslations('AdminNotices')]);
  const locale = isLocale(raw) ? raw : 'ko';
  const notices = await noticesForStaff(locale);
  const when = (at: Date) => `${formatCityDate(at, locale)} ${formatCityTime(at, locale)}`;
  type Row = (typeof notices)[number];
  const columns = [
    { key: 'title', header: t('columns.title'), cell: (n: Row) => <Link href={`/admin/notices/${n.id}`}>{n.title.text}</Link> },
    { key: 'severity', header: t('columns.severity'), cell: (n: Row) => <Tag tone={severityTones[n.severity]}>{t(`form.severities.${n.severity}`)}</Tag> },
    { key: 'state', header: t('columns.state'), cell: (n: Row) => <Tag tone={stateTones[n.state]}>{t(`states.${n.state}`)}</Tag> },
    { key: 'startsAt', header: t('columns.startsAt'), cell: (n: Row) => when(n.startsAt) },
    { key: 'endsAt', header: t('columns.endsAt'), cell: (n: Row) => (n.endsAt ? when(n.endsAt) : t('noEnd')) },
    { key: 'languages', header: t('columns.languages'), cell: (n: Row) => n.languages },
    {
      key: 'end',
      header: t('columns.actions'),
      cell: (n: Row) =>
        n.state === 'ended' ? null : (
          <form action={endNoticeAction}>
            <input type="hidden" name="noticeId" value={n.id} />
            <Button variant="warning" aria-label={t('endNamed', { title: n.title.text })}>
              {t('end')}
            </Button>
          </form>
        ),
    },
  ];
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6 max-w-2xl">{t('lead')}</p>
      {params.saved ? <NoticeBanner tone="success" title={t('saved')} /> : null}
      {params.ended ? <NoticeBanner tone="success" title={t('ended')} /> : null}
      {params.notFound ? <NoticeBanner tone="warning" title={t('notFound')} /> : null}
      <p className="mb-6">
        <ButtonLink href="/admin/notices/new">{t('new')}</ButtonLink>
      </p>
      {notices.length === 0 ? <p>{t('empty')}</p> : <Table caption={t('caption')} columns={columns} rows={notices} rowKey={(n) => n.id} />}
    </>
  );
}
