import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { can, requirePermission } from '@/lib/auth/guards';
import { isLocale, nativeNames } from '@/lib/i18n/locales';
import { newsletterLocales } from '@/lib/newsletter/locales';
import { editorsOverview } from '@/lib/newsletter/staff/editing';
import { scheduleIssueAction, sendIssueAction } from '@/lib/newsletter/staff/actions';
import { cityDateTimeInput } from '@/lib/time/seoul';
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
  const [params, raw, t, tf] = await Promise.all([searchParams, getLocale(), getTranslations('AdminNewsletter'), getTranslations('Forms.errors')]);
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
      {params.scheduled ? <NoticeBanner tone="success" title={t('schedule.saved')} /> : null}
      {params.notScheduled ? (
        <NoticeBanner tone="warning" title={params.notScheduled === 'inPast' || params.notScheduled === 'alreadySent' ? t(`refused.${params.notScheduled}`) : tf('date')} />
      ) : null}
      {issues.length === 0 ? <p>{t('empty')}</p> : null}
      {issues.map((issue) => (
        <section key={issue.id} aria-labelledby={`issue-${issue.number}`} className="mb-10">
          <h2 id={`issue-${issue.number}`} className="mb-2 text-2xl font-bold">
            {t('issueHeading', { number: issue.number, title: issue.title.text })} <Tag>{t(`issueStatus.${issue.status}`)}</Tag>
          </h2>
          {issue.sendFrom ? (
            <p className="mb-2">{t('sendStarted', { count: issue.sends })}</p>
          ) : can(staff, 'newsletter:publish') ? (
            <div className="mb-4 flex flex-wrap items-end gap-6">
              <form action={sendIssueAction}>
                <input type="hidden" name="issueId" value={issue.id} />
                <Button>{t('send')}</Button>
              </form>
              <form action={scheduleIssueAction}>
                <input type="hidden" name="issueId" value={issue.id} />
                {issue.publishAt ? <p className="mb-2">{t('schedule.scheduled', { date: issue.publishAt })}</p> : null}
                <label htmlFor={`publish-at-${issue.id}`} className="block font-semibold">
                  {t('schedule.label')}
                </label>
                <p id={`publish-at-${issue.id}-hint`} className="mb-1 text-muted">
                  {t('schedule.hint')}
                </p>
                <div className="flex flex-wrap gap-3">
                  <input
                    id={`publish-at-${issue.id}`}
                    name="publishAt"
                    type="datetime-local"
                    aria-describedby={`publish-at-${issue.id}-hint`}
                    defaultValue={issue.publishAt ? cityDateTimeInput(issue.publishAt) : ''}
                    className="min-h-11 border-2 border-ink bg-paper p-2"
                  />
                  <Button variant="secondary">{t('schedule.submit')}</Button>
                </div>
              </form>
            </div>
          ) : null}
          <Table caption={t('caption', { number: issue.number })} columns={columns} rows={issue.articles} rowKey={(a) => a.id} />
        </section>
      ))}
    </>
  );
}
