import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { db } from '@/lib/db';
import { residentOrSignIn } from '@/lib/support/application/resident';
import { withdrawableCase } from '@/lib/support/application/withdraw';
import { Link } from '@/lib/i18n/navigation';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { WithdrawForm } from '@/components/support/requests/WithdrawForm';

type Props = { params: Promise<{ locale: Locale; caseId: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Support.withdraw' });
  return { title: t('title'), robots: { index: false } };
}

/** Asks the resident to confirm before withdrawing their own application; only before a decision. */
export default async function WithdrawPage({ params, searchParams }: Props) {
  const [{ locale, caseId }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const resident = await residentOrSignIn(locale, `/support/requests/${encodeURIComponent(caseId)}/withdraw`);
  const [own, t, tr] = await Promise.all([withdrawableCase(db, resident.id, caseId), getTranslations('Support.withdraw'), getTranslations('Support.requests')]);
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-3xl font-bold">{t('title')}</h1>
      {query.done === '1' ? <NoticeBanner tone="success" title={t('done')} /> : null}
      {own ? (
        <>
          <p className="mb-2">
            {tr('reference')}:{' '}
            <span className="font-mono" dir="ltr">
              {own.reference}
            </span>
          </p>
          <p className="mb-6">{t('lead')}</p>
          <WithdrawForm caseId={caseId} confirm={t('confirm')} />
        </>
      ) : query.done === '1' ? null : (
        <p>{t('notWithdrawable')}</p>
      )}
      <p className="mt-6">
        <Link href="/account">{tr('back')}</Link>
      </p>
    </div>
  );
}
