import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { forSize, type Rules } from '@/lib/support/rules/schema';
import { formatWon } from '@/lib/support/format';

/** What a programme pays, in one sentence of the reader's language. */
export async function PaysSentence({ rules, locale }: { rules: Rules; locale: Locale }) {
  const t = await getTranslations('Support.pays');
  const p = rules.payment;
  if (p.kind === 'monthly') return t('monthly', { lowest: formatWon(forSize(p.table, 1), locale), highest: formatWon(forSize(p.table, 6), locale), months: p.months });
  if (p.kind === 'upTo') return t('upTo', { max: formatWon(p.max, locale) });
  return t('fixed', { amount: formatWon(p.amount, locale) });
}
