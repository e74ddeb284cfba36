import { describe, expect, it } from 'vitest';
import { evaluate, type Answers } from '@/lib/support/eligibility/evaluate';
import { checked, nextVersion, versionInForce } from '@/lib/support/eligibility/version';
import { forSize, ruleSchema } from '@/lib/support/rules/schema';
import { supportRulesFor } from '@/prisma/seed/support';

const living2026 = supportRulesFor('LIVING', 2026);
const living2027 = supportRulesFor('LIVING', 2027);

// A household of three on an E-9 visa, a year in the city, whose earner died.
const eligible: Answers = { visa: 'E-9', residesInCity: true, residenceMonths: 12, crisis: 'earner_lost', householdSize: 3, monthlyIncome: 1_000_000, assets: 2_000_000 };

describe('the pre-check rules', () => {
  it('says "you can apply" with the amount for the household when every rule passes', () => {
    expect(evaluate(living2026, eligible)).toEqual({ eligible: true, estimate: { kind: 'monthly', amount: 1_634_500, months: 1 } });
  });

  it.each([
    ['visa', { visa: 'other' }, { rule: 'visa' }],
    ['visa (seasonal work, E-8, only from 2027)', { visa: 'E-8' }, { rule: 'visa' }],
    ['residence', { residesInCity: false, residenceMonths: 0 }, { rule: 'residence' }],
    ['residenceMonths', { residenceMonths: 5 }, { rule: 'residenceMonths', minMonths: 6 }],
    ['crisis', { crisis: 'death_in_household' }, { rule: 'crisis' }],
    ['householdSize', { householdSize: 16 }, { rule: 'householdSize', maxSize: 15 }],
    ['householdSize (none)', { householdSize: 0 }, { rule: 'householdSize', maxSize: 15 }],
    ['income', { monthlyIncome: 4_019_001 }, { rule: 'income', limit: 4_019_000, householdSize: 3 }],
    ['assets', { assets: 14_160_001 }, { rule: 'assets', limit: 14_160_000, householdSize: 3 }],
  ] as const)('names the failed rule: %s', (_name, change, failure) => {
    expect(evaluate(living2026, { ...eligible, ...change })).toEqual({ eligible: false, failures: [failure] });
  });

  it('passes at the edge of each limit and fails one won above it', () => {
    expect(evaluate(living2026, { ...eligible, monthlyIncome: 4_019_000, assets: 14_160_000 }).eligible).toBe(true);
    expect(evaluate(living2026, { ...eligible, residenceMonths: 6 }).eligible).toBe(true);
    expect(evaluate(living2026, { ...eligible, monthlyIncome: 4_019_001, assets: 14_160_001 })).toEqual({
      eligible: false,
      failures: [
        { rule: 'income', limit: 4_019_000, householdSize: 3 },
        { rule: 'assets', limit: 14_160_000, householdSize: 3 },
      ],
    });
  });

  it('lists every failed rule in the order the questions were asked', () => {
    const outcome = evaluate(living2026, { visa: 'other', residesInCity: false, residenceMonths: 0, crisis: 'x', householdSize: 2, monthlyIncome: 9_000_000, assets: 0 });
    expect(outcome.eligible === false && outcome.failures.map((f) => f.rule)).toEqual(['visa', 'residence', 'crisis', 'income']);
  });

  it('extends the limits past the table by the amount per extra person', () => {
    expect(forSize(living2026.incomeLimits, 6)).toBe(6_417_000);
    expect(forSize(living2026.incomeLimits, 8)).toBe(6_417_000 + 2 * 749_000);
    expect(evaluate(living2026, { ...eligible, householdSize: 8, monthlyIncome: 7_915_000 }).eligible).toBe(true);
    expect(evaluate(living2026, { ...eligible, householdSize: 8, monthlyIncome: 7_915_001 }).eligible).toBe(false);
  });

  it('pays medical costs up to a ceiling and funerals one amount', () => {
    const medical = { ...eligible, crisis: 'illness_injury' };
    expect(evaluate(supportRulesFor('MEDICAL', 2026), medical)).toEqual({ eligible: true, estimate: { kind: 'upTo', max: 3_000_000 } });
    expect(evaluate(supportRulesFor('FUNERAL', 2026), { ...eligible, crisis: 'death_in_household', residenceMonths: 0 })).toEqual({
      eligible: true,
      estimate: { kind: 'fixed', amount: 807_000 },
    });
  });

  it('refuses stored rules that do not parse, so a mistyped edit decides nothing', () => {
    expect(ruleSchema.safeParse({ ...living2026, incomeLimits: { bySize: [], perExtraPerson: 0 } }).success).toBe(false);
    expect(checked({ id: 'x', version: 'bad', effectiveFrom: new Date(), rules: { visaStatuses: [] } })).toBeNull();
  });
});

describe('which version applies', () => {
  const versions = [
    { id: 'v2026', version: '2026.1', effectiveFrom: new Date('2026-01-01T00:00:00+09:00'), rules: living2026 },
    { id: 'v2027', version: '2027.1', effectiveFrom: new Date('2027-01-01T00:00:00+09:00'), rules: living2027 },
  ];

  it('uses 2026 until midnight of 1 January in Seoul, and 2027 from then', () => {
    // 23:59:59 on 31 December in Seoul is 14:59:59 UTC.
    expect(versionInForce(versions, new Date('2026-12-31T14:59:59Z'))?.id).toBe('v2026');
    expect(versionInForce(versions, new Date('2026-12-31T15:00:00Z'))?.id).toBe('v2027');
    expect(versionInForce(versions, new Date('2025-12-31T14:59:59Z'))).toBeNull();
    expect(nextVersion(versions, new Date('2026-12-02T00:00:00Z'))?.id).toBe('v2027');
  });

  it('gives another answer for the same household once the new limits apply', () => {
    // Income of ₩4,100,000 for three: above 2026's ₩4,019,000, within 2027's ₩4,281,000.
    const answers = { ...eligible, monthlyIncome: 4_100_000 };
    const decide = (now: Date) => evaluate(versionInForce(versions, now)!.rules, answers).eligible;
    expect(decide(new Date('2026-12-31T14:59:59Z'))).toBe(false);
    expect(decide(new Date('2026-12-31T15:00:00Z'))).toBe(true);
  });

  it('admits seasonal workers (E-8) from 2027', () => {
    expect(evaluate(living2027, { ...eligible, visa: 'E-8' }).eligible).toBe(true);
  });
});
