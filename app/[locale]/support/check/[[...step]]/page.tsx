import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { db } from '@/lib/db';
import { readPrecheck } from '@/lib/support/precheck/draft';
import { firstUnanswered, isPrecheckStep, precheckSteps, type StepError } from '@/lib/support/precheck/steps';
import { isProgrammeCode } from '@/lib/support/programmes';
import { CheckQuestion } from '@/components/support/CheckQuestion';
import { NoticeBanner } from '@/components/ui/NoticeBanner';

type Props = { params: Promise<{ locale: Locale; step?: string[] }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const errors = new Set(['choose', 'number', 'months', 'household', 'spam', 'throttled']);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Support.check' });
  return { title: t('title'), robots: { index: false } };
}

/** The pre-check's questions: /support/check asks the programme, /support/check/<step> the rest. */
export default async function CheckPage({ params, searchParams }: Props) {
  const [{ locale, step: segments }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const step = segments?.[0] ?? 'programme';
  if (!isPrecheckStep(step) || (segments?.length ?? 0) > 1 || segments?.[0] === 'programme') notFound();
  const one = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : undefined);
  const draft = await readPrecheck(db, one('d'));
  const values = draft?.values ?? {};
  // A later question without the earlier answers (an old bookmark, an expired draft) goes back to the first one missing.
  const missing = firstUnanswered(values);
  if (missing && precheckSteps.indexOf(missing) < precheckSteps.indexOf(step)) {
    redirect(`/${locale}/support/check${missing === 'programme' ? '' : `/${missing}`}${draft ? `?d=${draft.id}` : ''}`);
  }
  const t = await getTranslations('Support.check');
  const error = one('error');
  const suggested = one('programme');
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
      {step === 'programme' ? <p className="mb-6 max-w-2xl">{t('lead')}</p> : null}
      {one('expired') ? <NoticeBanner tone="warning" title={t('expired')} /> : null}
      <CheckQuestion
        locale={locale}
        step={step}
        draftId={draft?.id ?? null}
        values={values}
        error={error && errors.has(error) ? (error as StepError) : null}
        suggested={isProgrammeCode(suggested) ? suggested : undefined}
      />
    </>
  );
}
