import { forSize, type Rules } from '../rules/schema';

/** What the pre-check asks: no name, no identifier. */
export type Answers = {
  visa: string;
  residesInCity: boolean;
  /** Months at a registered address in the city (0 when not registered here). */
  residenceMonths: number;
  crisis: string;
  householdSize: number;
  monthlyIncome: number;
  assets: number;
};

/** A rule that failed, with what the resident needs to understand why (the limit, the minimum). */
export type Failure =
  | { rule: 'visa' }
  | { rule: 'residence' }
  | { rule: 'residenceMonths'; minMonths: number }
  | { rule: 'crisis' }
  | { rule: 'householdSize'; maxSize: number }
  | { rule: 'income'; limit: number; householdSize: number }
  | { rule: 'assets'; limit: number; householdSize: number };
export type RuleName = Failure['rule'];

export type Estimate = { kind: 'monthly'; amount: number; months: number } | { kind: 'upTo'; max: number } | { kind: 'fixed'; amount: number };

export type Outcome = { eligible: true; estimate: Estimate } | { eligible: false; failures: Failure[] };

/** What the programme would pay this household (before staff check the evidence). */
export function estimateFor(rules: Rules, householdSize: number): Estimate {
  const p = rules.payment;
  if (p.kind === 'monthly') return { kind: 'monthly', amount: forSize(p.table, householdSize), months: p.months };
  if (p.kind === 'upTo') return { kind: 'upTo', max: p.max };
  return { kind: 'fixed', amount: p.amount };
}

/**
 * The pre-check, as a pure function of one rule version and the answers: every rule that fails,
 * in the order the questions were asked, so the answer can name each one. Limits are inclusive:
 * an income exactly at the limit passes.
 */
export function evaluate(rules: Rules, answers: Answers): Outcome {
  const failures: Failure[] = [];
  if (!(rules.visaStatuses as readonly string[]).includes(answers.visa)) failures.push({ rule: 'visa' });
  if (!answers.residesInCity) failures.push({ rule: 'residence' });
  else if (answers.residenceMonths < rules.residence.minMonths) failures.push({ rule: 'residenceMonths', minMonths: rules.residence.minMonths });
  if (!(rules.crisisReasons as readonly string[]).includes(answers.crisis)) failures.push({ rule: 'crisis' });
  const size = answers.householdSize;
  if (size < 1 || size > rules.household.maxSize) {
    failures.push({ rule: 'householdSize', maxSize: rules.household.maxSize });
  } else {
    const incomeLimit = forSize(rules.incomeLimits, size);
    if (answers.monthlyIncome > incomeLimit) failures.push({ rule: 'income', limit: incomeLimit, householdSize: size });
    const assetLimit = forSize(rules.assetLimits, size);
    if (answers.assets > assetLimit) failures.push({ rule: 'assets', limit: assetLimit, householdSize: size });
  }
  return failures.length === 0 ? { eligible: true, estimate: estimateFor(rules, size) } : { eligible: false, failures };
}
