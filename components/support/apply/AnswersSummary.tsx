import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import type { ResidentScreen } from '@/lib/support/application/screen';
import { sections, type Section } from '@/lib/support/application/types';
import { formatWon } from '@/lib/support/format';
import { Link } from '@/lib/i18n/navigation';

/** "Check your answers": every section as a summary list, each with its own "Change" link. */
export async function AnswersSummary({ screen, applicationId, locale }: { screen: ResidentScreen; applicationId: string; locale: Locale }) {
  const t = await getTranslations('Support');
  const none = t('apply.check.notGiven');
  const money = (n: number | undefined) => (n === undefined ? none : formatWon(n, locale));
  const { applicant: a, household: h, crisis: c, costs, bank: b } = screen;
  const rows: Record<Section, [string, ReactNode][]> = {
    applicant: [
      [t('apply.applicant.fullName'), a?.fullName],
      [
        t('apply.applicant.phone'),
        <span key="p" dir="ltr">
          {a?.phone}
        </span>,
      ],
      [t('apply.applicant.address'), a?.address],
      [t('apply.applicant.nationality'), a?.nationality || none],
      [
        t('check.visa.legend'),
        a?.visa === 'other' ? (
          t('check.visa.other')
        ) : (
          <span key="v" dir="ltr">
            {a?.visa}
          </span>
        ),
      ],
      [t('apply.applicant.residenceMonths'), a ? t('apply.applicant.months', { months: a.residenceMonths }) : none],
      [
        t('apply.applicant.arn'),
        <span key="a" dir="ltr" className="font-mono">
          {a?.arnMasked}
        </span>,
      ],
    ],
    household: h?.members.length
      ? h.members.map((m, i) => [t('apply.household.member', { number: i + 1 }), `${m.name}, ${t(`apply.household.relations.${m.relation}`)}, ${m.birthYear}`])
      : [[t('apply.sections.household'), t('apply.household.alone')]],
    crisis: [
      [t('apply.crisis.reason'), c ? (c.reason === 'other' ? t('apply.crisis.other') : t(`crisis.${c.reason as 'job_loss'}`)) : none],
      [
        t('apply.crisis.date'),
        <span key="d" dir="ltr">
          {c?.date}
        </span>,
      ],
      [
        t('apply.crisis.description'),
        <span key="x" className="whitespace-pre-wrap">
          {c?.description}
        </span>,
      ],
      [t('apply.crisis.health'), c?.health ? <span className="whitespace-pre-wrap">{c.health}</span> : none],
    ],
    costs: [
      [t('apply.costs.monthlyIncome'), money(costs?.monthlyIncome)],
      [t('apply.costs.assets'), money(costs?.assets)],
      [t('apply.costs.costsAmount'), money(costs?.costsAmount)],
      [t('apply.costs.costsNote'), costs?.costsNote || none],
    ],
    bank: [
      [t('apply.bank.bankName'), b?.bankName],
      [t('apply.bank.holder'), b?.holder],
      [
        t('apply.bank.account'),
        <span key="b" dir="ltr" className="font-mono">
          {b?.accountMasked}
        </span>,
      ],
    ],
    consents: screen.consentsNeeded.map((p) => [t(`apply.consents.${p}.title`), screen.consents[p] ? t('apply.check.consentGiven', { version: screen.consents[p]!.version }) : none]),
  };
  return (
    <>
      {sections.map((section) => (
        <section key={section} aria-labelledby={`summary-${section}`} className="mb-8">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`summary-${section}`} className="text-2xl font-bold">
              {t(`apply.sections.${section}`)}
            </h2>
            <Link href={`/support/apply/${applicationId}/${section}`} aria-describedby={`summary-${section}`}>
              {t('apply.check.change')}
            </Link>
          </div>
          <dl className="grid gap-x-6 gap-y-1 border-t border-line pt-2 sm:grid-cols-[14rem_1fr]">
            {rows[section].map(([label, value], i) => (
              <div key={i} className="contents">
                <dt className="font-bold">{label}</dt>
                <dd>{value ?? none}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
