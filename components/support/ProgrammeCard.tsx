import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import type { ProgrammeInForce } from '@/lib/support/rules/queries';
import { forSize } from '@/lib/support/rules/schema';
import { formatEffective, formatWon } from '@/lib/support/format';
import { ButtonLink } from '@/components/ui/Button';
import { Table } from '@/components/ui/Table';
import { PaysSentence } from './PaysSentence';

const SIZES = [1, 2, 3, 4, 5, 6];

/** One programme as the rules in force say: who can apply, what it pays, the documents, the limits. */
export async function ProgrammeCard({ programme, locale }: { programme: ProgrammeInForce; locale: Locale }) {
  const t = await getTranslations('Support');
  const { rules } = programme.current;
  const code = programme.code;
  const monthly = rules.payment.kind === 'monthly' ? rules.payment.table : null;
  return (
    <section aria-labelledby={`programme-${code}`} className="mb-10 border-s-4 border-brand ps-4">
      <h2 id={`programme-${code}`} className="mb-1 text-2xl font-bold">
        {t(`programmes.${code}.name`)}
      </h2>
      <p className="mb-4 max-w-2xl">{t(`programmes.${code}.summary`)}</p>
      <h3 className="text-lg font-bold">{t('who.title')}</h3>
      <ul className="mb-4 max-w-2xl list-disc space-y-1 ps-6">
        <li>
          {t('who.stay')}{' '}
          <span dir="ltr" className="font-mono">
            {rules.visaStatuses.join(', ')}
          </span>
        </li>
        <li>{t('who.residence', { months: rules.residence.minMonths })}</li>
        <li>
          {t('who.crisis')}
          <ul className="list-[circle] ps-6">
            {rules.crisisReasons.map((reason) => (
              <li key={reason}>{t(`crisis.${reason}`)}</li>
            ))}
          </ul>
        </li>
        <li>{t('who.means')}</li>
      </ul>
      <h3 className="text-lg font-bold">{t('pays.title')}</h3>
      <p className="mb-4 max-w-2xl">
        <PaysSentence rules={rules} locale={locale} />
      </p>
      <h3 className="text-lg font-bold">{t('evidence.title')}</h3>
      <ul className="mb-4 max-w-2xl list-disc space-y-1 ps-6">
        {rules.evidence.map((code) => (
          <li key={code}>{t(`evidence.${code}`)}</li>
        ))}
      </ul>
      <Table
        caption={t('limits.caption', { programme: t(`programmes.${code}.name`) })}
        rowKey={(size) => String(size)}
        rows={SIZES}
        columns={[
          { key: 'size', header: t('limits.size'), cell: (size) => t('limits.people', { count: size }) },
          { key: 'income', header: t('limits.income'), numeric: true, cell: (size) => formatWon(forSize(rules.incomeLimits, size), locale) },
          { key: 'assets', header: t('limits.assets'), numeric: true, cell: (size) => formatWon(forSize(rules.assetLimits, size), locale) },
          ...(monthly ? [{ key: 'pays', header: t('limits.monthly'), numeric: true, cell: (size: number) => formatWon(forSize(monthly, size), locale) }] : []),
        ]}
      />
      <p className="mt-2 text-sm text-muted">
        {t('limits.extra', { income: formatWon(rules.incomeLimits.perExtraPerson, locale), assets: formatWon(rules.assetLimits.perExtraPerson, locale) })}{' '}
        {t('version', { date: formatEffective(programme.current.effectiveFrom, locale), version: programme.current.version })}
        {programme.next ? <> {t('nextVersion', { date: formatEffective(programme.next.effectiveFrom, locale) })}</> : null}
      </p>
      <div className="mt-4 flex flex-wrap gap-4">
        <ButtonLink href={`/support/check?programme=${code}`}>{t('checkButton')}</ButtonLink>
        <ButtonLink href={`/support/apply?programme=${code}`} variant="secondary">
          {t('applyButton')}
        </ButtonLink>
      </div>
    </section>
  );
}
