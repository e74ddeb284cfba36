import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { isLocale, languageTags, nativeNames } from '@/lib/i18n/locales';
import { printableRoster } from '@/lib/classes/staff/sheet';
import { formatLessonDay, formatLessonDayShort } from '@/lib/classes/staff/lesson-day';
import { scheduleValues } from '@/lib/time/week-days';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminClasses.print'))('title') };
}

/**
 * The printable roster of one section (docs/decisions/032): names, the phone only for staff who
 * may read personal data, the language enrolled in, and a column per lesson day with the minutes
 * attended (blank where nothing is recorded, so a teacher can tick the sheet by hand). The admin
 * header and the links are hidden in print (`no-print`); the sheet ends its own page.
 */
export default async function PrintableRosterPage({ params }: { params: Promise<{ sectionId: string }> }) {
  const staff = await requirePermission('classes:manage');
  const [{ sectionId }, raw, t, tc] = await Promise.all([params, getLocale(), getTranslations('AdminClasses'), getTranslations('Classes')]);
  const locale = isLocale(raw) ? raw : 'ko';
  const roster = await printableRoster(staff, sectionId, locale);
  if (!roster) notFound();
  const cell = 'border border-ink px-1 py-1';
  return (
    <article className="print-sheet">
      <p className="no-print mb-4">
        <Link href={`/admin/classes/${encodeURIComponent(roster.id)}`}>{t('attendance.backToRoster')}</Link>
      </p>
      <h1 className="mb-1 text-2xl font-bold">{t('print.heading', { code: roster.code, level: tc(`levels.${roster.level}.name`) })}</h1>
      <p className="mb-1">
        {tc('term', { year: String(roster.term.year), number: String(roster.term.number) })} · {tc('schedule', scheduleValues(roster, locale))} · {roster.centre}
      </p>
      <p className="mb-4">{t('print.teacher', { teacher: roster.teacher })}</p>
      <p className="no-print mb-4 max-w-3xl">{t('print.hint')}</p>
      {roster.students.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto print:overflow-visible" role="region" aria-label={t('print.caption', { count: roster.students.length })} tabIndex={0}>
          <table className="border-collapse text-sm">
            <caption className="mb-2 text-start font-bold">{t('print.caption', { count: roster.students.length })}</caption>
            <thead>
              <tr>
                <th scope="col" className={`${cell} text-start`}>
                  {t('name')}
                </th>
                {roster.withPhone ? (
                  <th scope="col" className={`${cell} text-start`}>
                    {t('print.phone')}
                  </th>
                ) : null}
                <th scope="col" className={`${cell} text-start`}>
                  {t('print.language')}
                </th>
                {roster.lessons.map((day) => (
                  <th key={day} scope="col" className={`${cell} text-center font-normal`}>
                    <abbr title={formatLessonDay(day, locale)} className="no-underline">
                      {formatLessonDayShort(day, locale)}
                    </abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {roster.students.map((s) => (
                <tr key={s.id}>
                  <th scope="row" className={`${cell} text-start font-normal whitespace-nowrap`}>
                    {s.name}
                  </th>
                  {roster.withPhone ? (
                    <td className={cell} dir="ltr">
                      {s.phone ?? ''}
                    </td>
                  ) : null}
                  <td className={cell}>{isLocale(s.locale) ? <span lang={languageTags[s.locale]}>{nativeNames[s.locale]}</span> : s.locale}</td>
                  {roster.lessons.map((day) => (
                    <td key={day} className={`${cell} min-w-8 text-center tabular-nums`}>
                      {s.attended.get(day) ?? ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="mt-4 text-sm">{t('print.legend')}</p>
    </article>
  );
}
