import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { requireResident } from '@/lib/auth/guards';
import { myEnrolment } from '@/lib/classes/mine';
import { Link } from '@/lib/i18n/navigation';

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Classes.check' }))('title'), robots: { index: false } };
}

/** The confirmation: enrolled or on the waitlist (with the position), the reference number, the email sent. */
export default async function DonePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const resident = await requireResident(locale);
  const query = await searchParams;
  const enrolment = typeof query.enrolment === 'string' ? await myEnrolment(resident, query.enrolment) : null;
  if (!enrolment || enrolment.sectionId !== id) notFound();
  const t = await getTranslations('Classes.done');
  const waiting = enrolment.status === 'WAITING';
  const applied = enrolment.status === 'APPLIED';
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{applied ? t('appliedTitle') : waiting ? t('waitlistedTitle') : t('enrolledTitle')}</h1>
      <div className="mb-6 border-s-8 border-success bg-[#e6f2ec] p-4">
        <p>{t('reference')}</p>
        <p className="font-mono text-2xl font-bold" dir="ltr">
          {enrolment.reference}
        </p>
      </div>
      {applied ? <p className="mb-4 max-w-2xl">{t('applied')}</p> : null}
      {waiting ? <p className="mb-4 max-w-2xl">{t('position', { position: String(enrolment.position ?? 1) })}</p> : null}
      <p className="mb-4">{t('emailSent', { email: resident.email })}</p>
      <p>
        <Link href="/account">{t('myRequests')}</Link>
      </p>
    </>
  );
}
