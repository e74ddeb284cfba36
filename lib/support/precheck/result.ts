import type { Db } from '@/lib/db/client';
import { evaluate, type Outcome } from '../eligibility/evaluate';
import { checked, type CheckedVersion } from '../eligibility/version';
import { isProgrammeCode, type ProgrammeCode } from '../programmes';
import { completeAnswers, type PrecheckValues } from './steps';

export type PrecheckResult = { code: ProgrammeCode; outcome: Outcome; version: CheckedVersion; householdSize: number };

/**
 * The outcome shown on the result page: the recorded check's answers against the very version
 * it recorded, so the page says what was decided then even if the rules changed since.
 */
export async function precheckResult(db: Pick<Db, 'supportPrecheck'>, values: PrecheckValues): Promise<PrecheckResult | null> {
  const answers = completeAnswers(values);
  if (!answers || !values.precheckId) return null;
  const row = await db.supportPrecheck.findUnique({
    where: { id: values.precheckId },
    select: { programme: { select: { code: true } }, ruleSet: { select: { id: true, version: true, effectiveFrom: true, rules: true } } },
  });
  if (!row || !isProgrammeCode(row.programme.code) || row.programme.code !== answers.programme) return null;
  const version = checked(row.ruleSet);
  if (!version) return null;
  const { programme, ...rest } = answers;
  return { code: programme, outcome: evaluate(version.rules, rest), version, householdSize: rest.householdSize };
}
