import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { can, requirePermission } from '@/lib/auth/guards';
import { isLocale, nativeNames } from '@/lib/i18n/locales';
import { newsletterLocales } from '@/lib/newsletter/locales';
import { editorsOverview } from '@/lib/newsletter/staff/editing';
import { sendIssueAction } from '@/lib/newsletter/staff/actions';
import type { VersionState } from '@/lib/newsletter/versions';
import { Table } from '@/components/ui/Table';
import { Tag, type TagTone } from '@/components/ui/Tag';
import { Button } from '@/components/ui/Button';
import { NoticeBanner } from '@/components/ui/NoticeBanner';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminNewsletter'))('title') };
}

const tones: Record<VersionState, TagTone> = { missing: 'error', draft: 'neutral', inReview: 'info', outOfDate: 'warning', published: 'success' };

/** Every issue, and each article's state in each of the eight languages at a glance. */
export default async function NewsletterAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const staff = await requirePermission('newsletter:edit');
  const [params, raw, t] = await Promise.all([searchParams, getLocale(), getTranslations('AdminNewsletter')]);
  const issues = await editorsOverview(isLocale(raw) ? raw : 'ko');
  type Article = (typeof issues)[number]['articles'][number];
  const columns = [
    { key: 'article', header: t('article'), cell: (a: Article) => a.title },
    ...newsletterLocales.map((l) => ({
      key: l,
      header: <span lang={l}>{nativeNames[l]}</span>,
      cell: (a: Article) => (
        <Link href={`/admin/newsletter/articles/${a.id}/${l}`} aria-label={`${a.title}: ${nativeNames[l]}, ${t(`state.${a.states[l]}`)}`}>
          <Tag tone={tones[a.states[l]]}>{t(`state.${a.states[l]}`)}</Tag>
        </Link>
      ),
    })),
  ];
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6 max-w-2xl">{t('lead')}</p>
      {params.sent ? <NoticeBanner tone="success" title={t('sent')} /> : null}
      {params.notSent ? <NoticeBanner tone="warning" title={t('refused.alreadySent')} /> : null}
      {issues.length === 0 ? <p>{t('empty')}</p> : null}
      {issues.map((issue) => (
        <section key={issue.id} aria-labelledby={`issue-${issue.number}`} className="mb-10">
          <h2 id={`issue-${issue.number}`} className="mb-2 text-2xl font-bold">
            {t('issueHeading', { number: issue.number, title: issue.title.text })} <Tag>{t(`issueStatus.${issue.status}`)}</Tag>
          </h2>
          {issue.sendFrom ? (
            <p className="mb-2">{t('sendStarted', { count: issue.sends })}</p>
          ) : can(staff, 'newsletter:publish') ? (
            <form action={sendIssueAction} className="mb-2">
              <input type="hidden" name="issueId" value={issue.id} />
              <Button>{t('send')}</Button>
            </form>
          ) : null}
          <Table caption={t('caption', { number: issue.number })} columns={columns} rows={issue.articles} rowKey={(a) => a.id} />
        </section>
      ))}
    </>
  );
}
