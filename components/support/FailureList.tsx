import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import type { Failure } from '@/lib/support/eligibility/evaluate';
import type { Rules } from '@/lib/support/rules/schema';
import { formatWon } from '@/lib/support/format';

/** Each failed rule named, with the limit or the list it was measured against. */
export async function FailureList({ failures, rules, locale }: { failures: Failure[]; rules: Rules; locale: Locale }) {
  const t = await getTranslations('Support');
  const sentence = (f: Failure) => {
    switch (f.rule) {
      case 'visa':
        return (
          <>
            {t('failures.visa')}{' '}
            <span dir="ltr" className="font-mono">
              {rules.visaStatuses.join(', ')}
            </span>
          </>
        );
      case 'residence':
        return t('failures.residence');
      case 'residenceMonths':
        return t('failures.residenceMonths', { months: f.minMonths });
      case 'crisis':
        return (
          <>
            {t('failures.crisis')}
            <ul className="list-[circle] ps-6">
              {rules.crisisReasons.map((reason) => (
                <li key={reason}>{t(`crisis.${reason}`)}</li>
              ))}
            </ul>
          </>
        );
      case 'householdSize':
        return t('failures.householdSize', { max: f.maxSize });
      case 'income':
        return t('failures.income', { size: f.householdSize, limit: formatWon(f.limit, locale) });
      case 'assets':
        return t('failures.assets', { size: f.householdSize, limit: formatWon(f.limit, locale) });
    }
  };
  return (
    <ul className="mb-6 list-disc space-y-2 ps-6" data-failed-rules={failures.map((f) => f.rule).join(' ')}>
      {failures.map((f) => (
        <li key={f.rule}>
          <span className="font-bold">{t(`ruleNames.${f.rule}`)}</span>: {sentence(f)}
        </li>
      ))}
    </ul>
  );
}
