import crypto from 'node:crypto';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { nativeNames, type Locale } from '@/lib/i18n/locales';
import { requireResident } from '@/lib/auth/guards';
import { findSection } from '@/lib/classes/catalogue';
import { confirmEnrolment } from '@/lib/classes/actions/enrol';
import { scheduleValues } from '@/lib/time/week-days';
import { Button } from '@/components/ui/Button';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { Honeypot } from '@/components/forms/Honeypot';
import { Link } from '@/lib/i18n/navigation';
import { problemText } from '@/components/classes/problems';
import { PostForm } from '@/components/forms/PostForm';
import { formPermalink } from '@/lib/forms/permalink';

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Classes.check' }))('title'), robots: { index: false } };
}

/**
 * "Check your answers", then one button that enrols (or joins the waitlist). The request key is
 * made for this page: pressing the button twice, or again after a failed connection, sends the
 * same key, and the server makes one enrolment of it.
 */
export default async function EnrolPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const resident = await requireResident(locale);
  const section = await findSection(id, locale);
  if (!section) notFound();
  const query = await searchParams;
  const [t, tf] = await Promise.all([getTranslations('Classes'), getTranslations('Forms')]);
  const minutes = Number(query.minutes);
  const problem = typeof query.problem === 'string' ? await problemText(query.problem, Number.isInteger(minutes) && minutes > 0 ? minutes : 10) : null;
  const full = section.seatsLeft === 0 && !section.lottery;
  const rows = [
    { label: t('check.class'), value: `${t(`levels.${section.level}.name`)}, ${t('term', { year: String(section.term.year), number: String(section.term.number) })}` },
    { label: t('section.when'), value: t('schedule', scheduleValues(section, locale)) },
    { label: t('section.place'), value: section.centre.name.text },
    { label: t('check.email'), value: resident.email },
    { label: t('check.language'), value: nativeNames[locale] },
  ];
  return (
    <>
      <p className="mb-4">
        <Link href={`/classes/${section.id}`}>{t(`levels.${section.level}.name`)}</Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{t('check.title')}</h1>
      <p className="mb-4">{t('check.lead')}</p>
      {problem ? <NoticeBanner tone="warning" title={problem} /> : null}
      <dl className="mb-6 grid max-w-3xl gap-x-6 sm:grid-cols-[12rem_1fr]">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="font-bold">{row.label}</dt>
            <dd className="mb-2">{row.value}</dd>
          </div>
        ))}
      </dl>
      {full ? <p className="mb-4 max-w-2xl">{t('check.fullNow')}</p> : null}
      <PostForm action={confirmEnrolment} permalink={formPermalink(`/${locale}/classes/${id}/enrol`)}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="section" value={section.id} />
        <input type="hidden" name="key" value={crypto.randomBytes(18).toString('base64url')} />
        <Honeypot label={tf('honeypot')} />
        <Button>{section.lottery ? t('check.confirmApplication') : full ? t('check.confirmWaitlist') : t('check.confirm')}</Button>
      </PostForm>
    </>
  );
}
