import { z } from 'zod';
import { crisisReasons, evidenceCodes, visaChoices } from '../programmes';

const won = z.number().int().min(0);

/** A limit or an amount by household size: `bySize[0]` is one person; beyond the table, `perExtraPerson` each. */
const bySizeTable = z.object({ bySize: z.array(won).min(1), perExtraPerson: won });
export type BySizeTable = z.infer<typeof bySizeTable>;

const payment = z.discriminatedUnion('kind', [
  // living expenses: an amount a month by household size, for a number of months
  z.object({ kind: z.literal('monthly'), table: bySizeTable, months: z.number().int().min(1).max(12) }),
  // medical expenses: the costs, up to a ceiling
  z.object({ kind: z.literal('upTo'), max: won }),
  // funeral expenses: one amount
  z.object({ kind: z.literal('fixed'), amount: won }),
]);
export type Payment = z.infer<typeof payment>;

/**
 * One version of a programme's rules (SupportRuleSet.rules). Checked whenever it is read, so a
 * mistyped edit cannot decide anyone's application.
 */
export const ruleSchema = z.object({
  visaStatuses: z.array(z.enum(visaChoices)).min(1),
  /** A registered address in the city, for at least this many months. */
  residence: z.object({ minMonths: z.number().int().min(0).max(120) }),
  crisisReasons: z.array(z.enum(crisisReasons)).min(1),
  household: z.object({ maxSize: z.number().int().min(1).max(30) }),
  /** Monthly household income before tax, at most this (KRW). */
  incomeLimits: bySizeTable,
  /** The household's savings and other assets, at most this (KRW). */
  assetLimits: bySizeTable,
  payment,
  evidence: z.array(z.enum(evidenceCodes)).min(1),
});
export type Rules = z.infer<typeof ruleSchema>;

/** The value of a table for a household of this size. */
export function forSize(table: BySizeTable, size: number): number {
  const last = table.bySize.length;
  const at = (n: number) => table.bySize[n - 1] ?? 0;
  if (size <= last) return at(Math.max(1, size));
  return at(last) + (size - last) * table.perExtraPerson;
}
