import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { db } from '@/lib/db';
import { readPrecheck } from '@/lib/support/precheck/draft';
import { precheckResult } from '@/lib/support/precheck/result';
import { estimateFor } from '@/lib/support/eligibility/evaluate';
import { formatEffective, formatWon } from '@/lib/support/format';
import { FailureList } from '@/components/support/FailureList';
import { WhereElse } from '@/components/support/WhereElse';
import { ButtonLink } from '@/components/ui/Button';
import { Link } from '@/lib/i18n/navigation';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ d?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Support.result' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** "You can apply" or "you probably cannot, because ...", never a dead end: where else to turn and "apply anyway". */
export default async function CheckResultPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const d = typeof query.d === 'string' ? query.d : undefined;
  const draft = await readPrecheck(db, d);
  const result = draft ? await precheckResult(db, draft.values) : null;
  if (!draft || !result) redirect(`/${locale}/support/check${d ? '?expired=1' : ''}`);
  const t = await getTranslations('Support');
  const programme = t(`programmes.${result.code}.name`);
  const { rules } = result.version;
  const estimate = estimateFor(rules, result.householdSize);
  const apply = `/support/apply?programme=${result.code}`;
  return (
    <div className="max-w-2xl">
      {result.outcome.eligible ? (
        <>
          <h1 className="mb-4 text-3xl font-bold">{t('result.yesTitle')}</h1>
          <p className="mb-2 text-lg">{t('result.yesLead', { programme })}</p>
          <p className="mb-2">
            {estimate.kind === 'monthly'
              ? t('result.estimateMonthly', { amount: formatWon(estimate.amount, locale), months: estimate.months })
              : estimate.kind === 'upTo'
                ? t('result.estimateUpTo', { max: formatWon(estimate.max, locale) })
                : t('result.estimateFixed', { amount: formatWon(estimate.amount, locale) })}
          </p>
          <p className="mb-4">{t('result.staffDecide')}</p>
          <h2 className="text-xl font-bold">{t('evidence.title')}</h2>
          <ul className="mb-6 list-disc space-y-1 ps-6">
            {rules.evidence.map((code) => (
              <li key={code}>{t(`evidence.${code}`)}</li>
            ))}
          </ul>
          <ButtonLink href={apply}>{t('applyButton')}</ButtonLink>
        </>
      ) : (
        <>
          <h1 className="mb-4 text-3xl font-bold">{t('result.noTitle', { programme })}</h1>
          <p className="mb-2 text-lg">{t('result.noLead')}</p>
          <FailureList failures={result.outcome.failures} rules={rules} locale={locale} />
          <p className="mb-4">{t('result.anyway')}</p>
          <ButtonLink href={apply} variant="secondary">
            {t('result.applyAnyway')}
          </ButtonLink>
          <WhereElse locale={locale} />
        </>
      )}
      <p className="mt-6 text-sm text-muted">{t('version', { date: formatEffective(result.version.effectiveFrom, locale), version: result.version.version })}</p>
      <ul className="mt-4 list-none space-y-2">
        <li>
          <Link href={`/support/check?d=${draft.id}`}>{t('result.change')}</Link>
        </li>
        <li>
          <Link href="/support">{t('result.programmes')}</Link>
        </li>
      </ul>
    </div>
  );
}
