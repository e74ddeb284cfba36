import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { isLocale } from '@/lib/i18n/locales';
import { attendanceSheet } from '@/lib/classes/staff/sheet';
import { completeAction } from '@/lib/classes/staff/actions';
import { formatLessonDay } from '@/lib/classes/staff/lesson-day';
import { formPermalink } from '@/lib/forms/permalink';
import { scheduleValues } from '@/lib/time/week-days';
import { AttendanceForm } from '@/components/admin/classes/AttendanceForm';
import { Select } from '@/components/ui/Select';
import { Button } from '@/components/ui/Button';
import { NoticeBanner } from '@/components/ui/NoticeBanner';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminClasses.attendance'))('title') };
}

const count = (value: string | string[] | undefined) => (typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : 0);

/**
 * One lesson day's attendance for a section (docs/decisions/032): a day picker (a plain GET form),
 * the sheet of minutes per student, and completion by hours attended.
 */
export default async function AttendancePage({ params, searchParams }: { params: Promise<{ sectionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requirePermission('classes:manage');
  const [{ sectionId }, query, raw, t, tc] = await Promise.all([params, searchParams, getLocale(), getTranslations('AdminClasses'), getTranslations('Classes')]);
  const locale = isLocale(raw) ? raw : 'ko';
  const sheet = await attendanceSheet(staff, sectionId, typeof query.on === 'string' ? query.on : undefined, locale);
  if (!sheet) notFound();
  const hours = (h: number) => t('attendance.hoursValue', { hours: h, needed: sheet.neededHours });
  const path = `/admin/classes/${encodeURIComponent(sheet.id)}`;
  return (
    <>
      <p className="mb-4">
        <Link href={path}>{t('attendance.backToRoster')}</Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{t('attendance.heading', { code: sheet.code })}</h1>
      <p className="mb-4">
        {tc(`levels.${sheet.level}.name`)} · {tc('schedule', scheduleValues(sheet, locale))} · {sheet.centre}
      </p>
      {query.done === 'saved' ? <NoticeBanner tone="success" title={t('attendance.saved', { count: count(query.recorded) })} /> : null}
      {query.done === 'completed' ? <NoticeBanner tone="success" title={t('attendance.completed', { count: count(query.completed) })} /> : null}
      {query.problem === 'notFound' ? <NoticeBanner tone="urgent" title={t('notFound')} /> : null}
      {!sheet.lessonOn ? (
        <p>{t('attendance.noLessons')}</p>
      ) : (
        <>
          <form method="get" className="mb-6 flex flex-wrap items-end gap-4">
            <Select name="on" label={t('attendance.lessonDay')} defaultValue={sheet.lessonOn} options={sheet.lessons.map((day) => ({ value: day, label: formatLessonDay(day, locale) }))} />
            <Button variant="secondary">{t('show')}</Button>
          </form>
          <p className="mb-4 max-w-3xl">{t('attendance.hint', { minutes: sheet.fullMinutes })}</p>
          {sheet.students.length === 0 ? (
            <p>{t('empty')}</p>
          ) : (
            <AttendanceForm
              // A new day is a new form: its fields start from that day's values.
              key={sheet.lessonOn}
              sectionId={sheet.id}
              lessonOn={sheet.lessonOn}
              fullMinutes={sheet.fullMinutes}
              permalink={formPermalink(`${path}/attendance`, { on: sheet.lessonOn })}
              rows={sheet.students.map((s) => ({ id: s.id, name: s.name, minutes: s.minutes, hoursText: hours(s.hours) }))}
              labels={{
                caption: t('attendance.caption', { date: formatLessonDay(sheet.lessonOn, locale) }),
                name: t('name'),
                minutes: t('attendance.minutes'),
                hours: t('attendance.hours'),
                minutesFor: Object.fromEntries(sheet.students.map((s) => [s.id, t('attendance.minutesFor', { name: s.name })])),
                save: t('attendance.save'),
                errorTitle: t('attendance.errorTitle'),
              }}
            />
          )}
          <h2 className="mt-10 mb-2 text-2xl font-bold">{t('attendance.completeHeading')}</h2>
          <p className="mb-4 max-w-3xl">{t('attendance.completeLead', { needed: sheet.neededHours })}</p>
          <form action={completeAction}>
            <input type="hidden" name="sectionId" value={sheet.id} />
            <Button variant="secondary">{t('attendance.complete')}</Button>
          </form>
        </>
      )}
    </>
  );
}
