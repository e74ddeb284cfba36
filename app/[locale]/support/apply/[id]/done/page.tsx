import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { db } from '@/lib/db';
import { ownApplicationOr404 } from '@/lib/support/application/resident';
import { Link } from '@/lib/i18n/navigation';

type Props = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Support.apply.done' });
  return { title: t('title'), robots: { index: false } };
}

/** The confirmation: the reference number and what happens next. */
export default async function DonePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { resident, app } = await ownApplicationOr404(locale, id, '/done');
  const made = app.caseId ? await db.case.findFirst({ where: { id: app.caseId, residentId: resident.id }, select: { reference: true } }) : null;
  if (!made) redirect(`/${locale}/support/apply/${app.id}`);
  const t = await getTranslations('Support.apply.done');
  return (
    <div className="max-w-2xl">
      <div className="mb-8 bg-success p-6 text-center text-white">
        <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
        <p>{t('reference')}</p>
        <p className="font-mono text-3xl font-bold" dir="ltr" data-reference>
          {made.reference}
        </p>
      </div>
      <h2 className="mb-2 text-2xl font-bold">{t('next')}</h2>
      <ul className="mb-6 list-disc space-y-2 ps-6">
        <li>{t('next1', { email: resident.email })}</li>
        <li>{t('next2')}</li>
        <li>{t('next3')}</li>
      </ul>
      <p>
        <Link href="/account">{t('requests')}</Link>
      </p>
    </div>
  );
}
