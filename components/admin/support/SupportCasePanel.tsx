import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/guards';
import type { CasePanelProps } from '@/lib/cases/registration';
import { supportPanel } from '@/lib/support/staff/panel';
import { formatEffective, formatWon } from '@/lib/support/format';
import { languageNameIn } from '@/lib/i18n/language-name';
import { formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { SupportWork } from './SupportWork';
import { SupportLetters } from './SupportLetters';
import { SupportDocuments } from './SupportDocuments';
import { SupportInfoRequests } from './SupportInfoRequests';

/** The application's part of the staff case page: the answers, the rules check, and the work on it. */
export async function SupportCasePanel({ caseId, staff, locale }: CasePanelProps) {
  const [p, t, ts] = await Promise.all([supportPanel(staff, caseId), getTranslations('AdminSupport'), getTranslations('Support')]);
  if (!p) return null;
  const none = t('notGiven');
  const { applicant: a, household: h, crisis: c, costs, bank: b } = p.answers;
  const row = (label: string, value: ReactNode) => (
    <>
      <dt className="font-bold">{label}</dt>
      <dd>{value}</dd>
    </>
  );
  const section = (id: string, title: string, children: ReactNode) => (
    <section aria-labelledby={`support-${id}`} className="mb-8">
      <h2 id={`support-${id}`} className="mb-3 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
  const grid = 'grid gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr]';
  return (
    <>
      {section(
        'application',
        t('heading'),
        <dl className={grid}>
          {row(t('programme'), ts(`programmes.${p.programme}.name`))}
          {p.submittedAt ? row(t('submitted'), `${formatCityDate(p.submittedAt, locale)} ${formatCityTime(p.submittedAt, locale)}`) : null}
          {p.version ? row(t('ruleVersion'), t('ruleVersionValue', { version: p.version.version, date: formatEffective(p.version.effectiveFrom, locale) })) : null}
          {row(t('applicant'), a.fullName)}
          {row(t('phone'), <span dir="ltr">{a.phone}</span>)}
          {row(t('address'), a.address)}
          {row(t('nationality'), a.nationality || none)}
          {row(t('visa'), <span dir="ltr">{a.visa}</span>)}
          {row(t('residence'), t('months', { months: a.residenceMonths }))}
          {row(
            t('arn'),
            <span dir="ltr" className="font-mono" data-masked>
              {a.arnMasked}
            </span>,
          )}
        </dl>,
      )}
      {section(
        'household',
        `${t('household')} (${t('householdSize', { count: 1 + h.members.length })})`,
        h.members.length ? (
          <ul className="list-disc ps-6">
            {h.members.map((m, i) => (
              <li key={i}>{t('member', { name: m.name, relation: ts(`apply.household.relations.${m.relation as 'other'}`), year: String(m.birthYear) })}</li>
            ))}
          </ul>
        ) : (
          <p>{ts('apply.household.alone')}</p>
        ),
      )}
      {section(
        'crisis',
        t('crisis'),
        <dl className={grid}>
          {row(t('crisis'), c.reason === 'other' ? ts('apply.crisis.other') : ts(`crisis.${c.reason as 'job_loss'}`))}
          {row(t('crisisDate'), <span dir="ltr">{c.date}</span>)}
          {row(t('description'), <span className="whitespace-pre-wrap">{c.description}</span>)}
          {row(t('health'), p.health === undefined ? <em>{t('healthHidden')}</em> : p.health ? <span className="whitespace-pre-wrap">{p.health}</span> : none)}
        </dl>,
      )}
      {section(
        'money',
        t('money'),
        <dl className={grid}>
          {row(t('income'), formatWon(costs.monthlyIncome, locale))}
          {row(t('assets'), formatWon(costs.assets, locale))}
          {row(t('costs'), costs.costsAmount === undefined ? none : formatWon(costs.costsAmount, locale))}
          {row(t('costsNote'), costs.costsNote || none)}
          {row(t('bank'), b.bankName)}
          {row(t('holder'), b.holder)}
          {row(
            t('account'),
            <span dir="ltr" className="font-mono">
              {p.account ?? b.accountMasked}
            </span>,
          )}
        </dl>,
      )}
      {section(
        'consents',
        t('consents'),
        <ul className="list-disc ps-6">
          {p.consents.map((consent) => (
            <li key={consent.purpose}>
              <span className="font-bold">{t(`purposes.${consent.purpose as 'personal_data'}`)}</span>:{' '}
              {t('consentLine', { version: consent.textVersion, date: formatCityDate(consent.givenAt, locale), language: languageNameIn(consent.locale, locale) })}
            </li>
          ))}
        </ul>,
      )}
      {p.outcome && p.version
        ? section(
            'rules',
            t('rulesCheck'),
            p.outcome.eligible ? (
              <p>{t('rulesMet')}</p>
            ) : (
              <>
                <p>{t('rulesNotMet')}</p>
                <ul className="list-disc ps-6">
                  {p.outcome.failures.map((f) => (
                    <li key={f.rule}>{ts(`ruleNames.${f.rule}`)}</li>
                  ))}
                </ul>
              </>
            ),
          )
        : null}
      {p.decidedAmount !== null || p.decisionReason
        ? section(
            'decided',
            t('decided'),
            <p>{p.decidedAmount !== null ? t('decidedAmount', { amount: formatWon(p.decidedAmount, locale) }) : t('decidedReason', { reason: t(`reasons.${p.decisionReason as 'other'}`) })}</p>,
          )
        : null}
      <SupportLetters caseId={caseId} staff={staff} locale={locale} />
      <SupportDocuments caseId={caseId} staff={staff} locale={locale} />
      <SupportInfoRequests caseId={caseId} staff={staff} locale={locale} />
      <SupportWork caseId={caseId} status={p.status} decides={can(staff, 'support:decide')} approval={p.approval} approvalAbove={p.approvalAbove} locale={locale} />
    </>
  );
}
