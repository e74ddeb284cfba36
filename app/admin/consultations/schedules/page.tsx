import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { isLocale, languageTags, locales } from '@/lib/i18n/locales';
import { languageNameIn } from '@/lib/i18n/language-name';
import { cityDayKey, cityWallTime, formatClock, formatCityDate, weekdayName } from '@/lib/time/seoul';
import { channels } from '@/lib/consultations/schema';
import { consultationDirectory } from '@/lib/consultations/staff/day-list';
import { listSchedules } from '@/lib/consultations/staff/schedules';
import { listClosures } from '@/lib/consultations/staff/closures';
import { removeBlockAction, removeClosureAction } from '@/lib/consultations/staff/actions/schedules';
import { Table } from '@/components/ui/Table';
import { Button } from '@/components/ui/Button';
import { ConsultationNotice } from '@/components/admin/consultations/ConsultationNotice';
import { ScheduleBlockForm } from '@/components/admin/consultations/ScheduleBlockForm';
import { ClosureForm } from '@/components/admin/consultations/ClosureForm';
import Link from 'next/link';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.consultations.schedules'))('title') };
}

/** Weekly hours per counsellor and the closed days: what residents can book is made from these. */
export default async function SchedulesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requirePermission('consultations:schedule');
  const [params, raw, t, tc] = await Promise.all([searchParams, getLocale(), getTranslations('Admin.consultations.schedules'), getTranslations('Admin.consultations')]);
  const locale = isLocale(raw) ? raw : 'ko';
  const [counsellors, closures, directory] = await Promise.all([listSchedules(staff, locale), listClosures(staff, locale), consultationDirectory(staff, locale)]);
  const today = cityDayKey(new Date());
  const topicTitle = new Map(directory.topics.map((topic) => [topic.slug, topic.title.text]));
  const day = (key: string) => formatCityDate(cityWallTime(key, '12:00'), locale);
  const languageList = (codes: string[]) => (codes.length ? codes.map((c) => languageNameIn(c, locale)).join(', ') : t('none'));
  type Block = (typeof counsellors)[number]['blocks'][number];
  type Closure = (typeof closures)[number];
  const hours = (b: Block) => t('hoursValue', { start: formatClock(b.startTime, locale), end: formatClock(b.endTime, locale) });

  const blockColumns = [
    { key: 'weekday', header: t('weekday'), cell: (b: Block) => weekdayName(b.weekday, locale) },
    { key: 'hours', header: t('hours'), cell: (b: Block) => <span className="whitespace-nowrap">{hours(b)}</span> },
    { key: 'center', header: tc('center'), cell: (b: Block) => b.center.text },
    { key: 'slot', header: t('slotLength'), cell: (b: Block) => t('minutes', { count: b.slotMinutes }) },
    { key: 'seats', header: tc('seats'), cell: (b: Block) => b.capacity, numeric: true },
    { key: 'channels', header: t('channels'), cell: (b: Block) => b.channels.map((c) => tc(`channel.${c as 'VISIT'}`)).join(', ') },
    { key: 'topics', header: t('topics'), cell: (b: Block) => (b.topics.length ? b.topics.map((s) => topicTitle.get(s) ?? s).join(', ') : t('allTopics')) },
    { key: 'interpreter', header: t('interpreterLanguages'), cell: (b: Block) => languageList(b.interpreterLanguages) },
    {
      key: 'remove',
      header: tc('actions'),
      cell: (b: Block) => (
        <form action={removeBlockAction}>
          <input type="hidden" name="scheduleId" value={b.id} />
          <Button variant="warning">
            {t('remove')}
            <span className="sr-only"> {t('removeWhat', { weekday: weekdayName(b.weekday, locale), hours: hours(b) })}</span>
          </Button>
        </form>
      ),
    },
  ];

  const closureColumns = [
    { key: 'days', header: t('days'), cell: (c: Closure) => (c.startsOn === c.endsOn ? day(c.startsOn) : t('daysValue', { from: day(c.startsOn), to: day(c.endsOn) })) },
    { key: 'scope', header: t('appliesTo'), cell: (c: Closure) => [c.center?.text, c.counsellor].filter(Boolean).join(', ') || t('everyone') },
    { key: 'reason', header: t('reason'), cell: (c: Closure) => c.reason },
    {
      key: 'remove',
      header: tc('actions'),
      cell: (c: Closure) => (
        <form action={removeClosureAction}>
          <input type="hidden" name="closureId" value={c.id} />
          <Button variant="secondary">
            {t('removeClosure')}
            <span className="sr-only"> {c.reason}</span>
          </Button>
        </form>
      ),
    },
  ];

  const counsellorOptions = directory.counsellors.map((c) => ({ value: c.id, label: c.name }));
  const centerOptions = directory.centers.map((c) => ({ value: c.id, label: c.name.text }));
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6">
        <Link href="/admin/consultations/topics" className="font-semibold">
          {tc('topics.title')}
        </Link>
      </p>
      <ConsultationNotice params={params} />
      <section aria-labelledby="weekly-heading" className="mb-12">
        <h2 id="weekly-heading" className="mb-4 text-2xl font-bold">
          {t('weeklyHeading')}
        </h2>
        {counsellors.map((c) => (
          <section key={c.id} aria-labelledby={`schedule-${c.id}`} className="mb-8">
            <h3 id={`schedule-${c.id}`} className="text-xl font-bold">
              {c.name}
            </h3>
            <p className="mb-2 text-muted">{t('languages', { languages: languageList(c.languages) })}</p>
            {c.blocks.length ? <Table caption={t('blocksCaption', { name: c.name })} columns={blockColumns} rows={c.blocks} rowKey={(b) => b.id} /> : <p>{t('noBlocks')}</p>}
          </section>
        ))}
      </section>
      <section aria-labelledby="add-block-heading" className="mb-12 max-w-2xl">
        <h2 id="add-block-heading" className="mb-4 text-2xl font-bold">
          {t('addHeading')}
        </h2>
        <ScheduleBlockForm
          defaultCenterId={directory.centers.find((c) => c.slug === 'consultation-center')?.id}
          options={{
            counsellors: counsellorOptions,
            centers: centerOptions,
            weekdays: [1, 2, 3, 4, 5, 6, 0].map((d) => ({ value: String(d), label: weekdayName(d, locale) })),
            channels: channels.map((c) => ({ value: c, label: tc(`channel.${c}`) })),
            topics: directory.topics.map((topic) => ({ value: topic.slug, label: topic.title.text, lang: topic.title.isFallback ? languageTags[topic.title.locale] : undefined })),
            languages: locales.filter((l) => l !== 'ko').map((l) => ({ value: l, label: languageNameIn(l, locale) })),
          }}
        />
      </section>
      <section aria-labelledby="closures-heading" className="mb-12">
        <h2 id="closures-heading" className="mb-4 text-2xl font-bold">
          {t('closuresHeading')}
        </h2>
        {closures.length ? <Table caption={t('closuresCaption', { count: closures.length })} columns={closureColumns} rows={closures} rowKey={(c) => c.id} /> : <p>{t('noClosures')}</p>}
      </section>
      <section aria-labelledby="add-closure-heading" className="max-w-2xl">
        <h2 id="add-closure-heading" className="mb-4 text-2xl font-bold">
          {t('addClosureHeading')}
        </h2>
        <ClosureForm centers={centerOptions} counsellors={counsellorOptions} today={today} />
      </section>
    </>
  );
}
