import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { isLocale, languageTags } from '@/lib/i18n/locales';
import { listTopicRules } from '@/lib/consultations/staff/topics';
import { Table } from '@/components/ui/Table';
import { Tag } from '@/components/ui/Tag';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { ConsultationNotice } from '@/components/admin/consultations/ConsultationNotice';
import { TopicRulesForm } from '@/components/admin/consultations/TopicRulesForm';
import Link from 'next/link';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.consultations.topics'))('title') };
}

/** How far ahead, and how often, residents can book, change and cancel, per consultation topic. */
export default async function TopicRulesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requirePermission('consultations:schedule');
  const [params, raw, t] = await Promise.all([searchParams, getLocale(), getTranslations('Admin.consultations.topics')]);
  const locale = isLocale(raw) ? raw : 'ko';
  const topics = await listTopicRules(staff, locale);
  type Topic = (typeof topics)[number];
  const lang = (topic: Topic) => (topic.title.isFallback ? languageTags[topic.title.locale] : undefined);
  // Only a topic on this page can be named in the notice: a crafted link cannot put text here.
  const saved = params.done === 'topicRules' ? topics.find((topic) => topic.id === params.topic) : undefined;

  const columns = [
    {
      key: 'topic',
      header: t('topic'),
      cell: (topic: Topic) => (
        <a href={`#topic-${topic.id}`} lang={lang(topic)}>
          {topic.title.text}
        </a>
      ),
    },
    { key: 'notice', header: t('minNoticeDaysColumn'), cell: (topic: Topic) => topic.minNoticeDays, numeric: true },
    { key: 'horizon', header: t('horizonDaysColumn'), cell: (topic: Topic) => topic.horizonDays, numeric: true },
    { key: 'deadline', header: t('changeDeadlineDaysColumn'), cell: (topic: Topic) => topic.changeDeadlineDays, numeric: true },
    { key: 'reschedules', header: t('maxReschedulesColumn'), cell: (topic: Topic) => topic.maxReschedules, numeric: true },
    { key: 'active', header: t('activeColumn'), cell: (topic: Topic) => (topic.active ? <Tag tone="success">{t('open')}</Tag> : <Tag>{t('closed')}</Tag>) },
  ];

  return (
    <>
      <p className="mb-2">
        <Link href="/admin/consultations/schedules">{t('back')}</Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6 max-w-2xl">{t('lead')}</p>
      {saved ? <NoticeBanner tone="success" title={t('saved', { topic: saved.title.text })} /> : <ConsultationNotice params={params} />}
      {topics.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="mb-12">
          <Table caption={t('caption')} columns={columns} rows={topics} rowKey={(topic) => topic.id} />
        </div>
      )}
      {topics.map((topic) => (
        <section key={topic.id} aria-labelledby={`topic-${topic.id}`} className="mb-12 max-w-2xl">
          <h2 id={`topic-${topic.id}`} tabIndex={-1} className="mb-4 text-2xl font-bold">
            <span lang={lang(topic)}>{topic.title.text}</span> {topic.active ? null : <Tag>{t('closed')}</Tag>}
          </h2>
          {/* Keyed by the last save, so a saved form starts afresh: no errors left from an earlier try. */}
          <TopicRulesForm
            key={topic.updatedAt.getTime()}
            topicId={topic.id}
            title={topic.title.text}
            rules={{ minNoticeDays: topic.minNoticeDays, horizonDays: topic.horizonDays, changeDeadlineDays: topic.changeDeadlineDays, maxReschedules: topic.maxReschedules, active: topic.active }}
          />
        </section>
      ))}
    </>
  );
}
