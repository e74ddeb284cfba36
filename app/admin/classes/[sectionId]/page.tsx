import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { isLocale } from '@/lib/i18n/locales';
import { sectionRoster } from '@/lib/classes/staff/roster';
import { moveTargets } from '@/lib/classes/staff/move';
import { capacityAction, lotteryAction, moveAction, removeAction } from '@/lib/classes/staff/actions';
import { parseDays, scheduleValues } from '@/lib/time/week-days';
import { cityZoneName, formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { Table } from '@/components/ui/Table';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/Field';
import { Select } from '@/components/ui/Select';
import { NoticeBanner } from '@/components/ui/NoticeBanner';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminClasses'))('roster') };
}

type Person = NonNullable<Awaited<ReturnType<typeof sectionRoster>>>['enrolled'][number];
const problems = ['notFound', 'notAllowed', 'capacityTooLow', 'reason', 'windowOpen', 'alreadySet', 'seed', 'targetFull', 'otherLevel'] as const;

/** One section: its capacity, the enrolled students, the offers held and the waitlist in order. */
export default async function SectionRosterPage({ params, searchParams }: { params: Promise<{ sectionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requirePermission('classes:manage');
  const [{ sectionId }, query, raw, t, tc] = await Promise.all([params, searchParams, getLocale(), getTranslations('AdminClasses'), getTranslations('Classes')]);
  const locale = isLocale(raw) ? raw : 'ko';
  const section = await sectionRoster(staff, sectionId, locale);
  if (!section) notFound();
  const targets = await moveTargets(staff, section.id);
  const problem = problems.find((p) => p === query.problem);
  const taken = Number(query.taken);
  const when = (d: Date) => `${formatCityDate(d, locale)}, ${formatCityTime(d, locale)} (${cityZoneName(locale, d)})`;
  const removeForm = (p: Person) => (
    <form action={removeAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="sectionId" value={section.id} />
      <input type="hidden" name="enrolmentId" value={p.id} />
      <TextField name={`reason-${p.id}`} label={t('removeLabel', { name: p.name })} />
      <Button variant="warning">{t('remove')}</Button>
    </form>
  );
  // Moving a student: the other sections of the same course and term (a full one is refused by the move).
  const moveForm = (p: Person) => (
    <form action={moveAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="sectionId" value={section.id} />
      <input type="hidden" name="enrolmentId" value={p.id} />
      <Select
        name={`to-${p.id}`}
        label={t('move.label', { name: p.name })}
        options={targets.map((x) => ({
          value: x.id,
          label: t('move.target', { code: x.code, schedule: tc('schedule', scheduleValues({ ...x, days: parseDays(x.days) }, locale)), taken: x.taken, capacity: x.capacity }),
        }))}
      />
      <Button variant="secondary">{t('move.submit')}</Button>
    </form>
  );
  const people = (caption: string, rows: Person[], extra: 'since' | 'until' | 'position') =>
    rows.length === 0 ? (
      <>
        <h2 className="mt-8 mb-2 text-2xl font-bold">{caption}</h2>
        <p>{t('empty')}</p>
      </>
    ) : (
      <div className="mt-8">
        <Table
          caption={caption}
          rowKey={(p) => p.id}
          rows={rows}
          columns={[
            ...(extra === 'position' ? [{ key: 'position', header: t('position'), numeric: true, cell: (p: Person) => rows.indexOf(p) + 1 }] : []),
            { key: 'name', header: t('name'), cell: (p: Person) => p.name },
            ...(rows[0]!.email !== undefined ? [{ key: 'email', header: t('email'), cell: (p: Person) => p.email ?? '' }] : []),
            { key: 'reference', header: t('reference'), cell: (p: Person) => <Link href={`/admin/cases/${p.caseId}`}>{p.reference}</Link> },
            { key: 'extra', header: extra === 'until' ? t('until') : t('since'), cell: (p: Person) => when(extra === 'until' && p.offerExpiresAt ? p.offerExpiresAt : p.joinedAt) },
            ...(extra === 'since' && rows === section.enrolled && targets.length > 0 ? [{ key: 'move', header: t('move.heading'), cell: moveForm }] : []),
            { key: 'remove', header: t('remove'), cell: removeForm },
          ]}
        />
      </div>
    );
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/classes">{t('back')}</Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">
        {section.code}: {tc(`levels.${section.course.level}.name`)}
      </h1>
      <p className="mb-4">
        {tc('schedule', scheduleValues(section, locale))} · {section.centre} · {section.teacher}
      </p>
      <ul className="mb-4 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href={`/admin/classes/${encodeURIComponent(section.id)}/attendance`}>{t('attendance.link')}</Link>
        </li>
        <li>
          <Link href={`/admin/classes/${encodeURIComponent(section.id)}/print`}>{t('print.link')}</Link>
        </li>
      </ul>
      {query.done === 'removed' ? <NoticeBanner tone="success" title={t('removed')} /> : null}
      {query.done === 'moved' ? <NoticeBanner tone="success" title={t('move.done')} /> : null}
      {query.done === 'capacity' ? <NoticeBanner tone="success" title={t('capacitySaved')} /> : null}
      {query.done === 'lottery' ? <NoticeBanner tone="success" title={t('lottery.saved')} /> : null}
      {problem ? (
        <NoticeBanner
          tone="urgent"
          title={
            problem === 'capacityTooLow'
              ? t('capacityTooLow', { taken: Number.isFinite(taken) ? taken : section.taken })
              : problem === 'reason'
                ? t('reasonRequired')
                : problem === 'seed'
                  ? t('lottery.seedInvalid')
                  : problem === 'windowOpen' || problem === 'alreadySet'
                    ? t(`lottery.${problem}`)
                    : problem === 'targetFull' || problem === 'otherLevel'
                      ? t(`move.${problem}`)
                      : t(problem)
          }
        />
      ) : null}
      <p className="mb-2 text-lg">{t('seatsValue', { taken: section.taken, capacity: section.capacity })}</p>
      <form action={capacityAction} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="sectionId" value={section.id} />
        <TextField name="capacity" label={t('capacity')} inputMode="numeric" defaultValue={String(section.capacity)} />
        <Button variant="secondary">{t('saveCapacity')}</Button>
      </form>
      <h2 className="mt-8 mb-2 text-2xl font-bold">{t('lottery.heading')}</h2>
      {section.lottery ? (
        <p className="mb-2 max-w-3xl">
          {t('lottery.on')}{' '}
          <code className="break-all" dir="ltr">
            {section.lottery.seedHash}
          </code>{' '}
          <a href={`/${locale}/classes/${section.id}/lottery`}>{t('lottery.page')}</a>
        </p>
      ) : (
        <>
          <p className="mb-2 max-w-3xl">{t('lottery.off')}</p>
          {new Date() < section.opensAt ? (
            <form action={lotteryAction} className="flex flex-wrap items-end gap-2">
              <input type="hidden" name="sectionId" value={section.id} />
              <TextField name="seed" label={t('lottery.seed')} autoComplete="off" />
              <Button variant="secondary">{t('lottery.setUp')}</Button>
            </form>
          ) : null}
        </>
      )}
      {section.lottery ? people(t('lottery.applications'), section.applied, 'since') : null}
      {people(t('roster'), section.enrolled, 'since')}
      {people(t('offers'), section.offered, 'until')}
      {people(t('waitlist'), section.waiting, 'position')}
    </>
  );
}
