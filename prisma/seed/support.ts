import type { Db } from '@/lib/db/client';
import { ruleSchema, type Rules } from '@/lib/support/rules/schema';
import type { ProgrammeCode } from '@/lib/support/programmes';

/**
 * Emergency support rules for the current and the next year. The figures follow Korea's emergency
 * welfare support (긴급복지지원), which the city's programme for foreign residents mirrors: income
 * at most 75% of the standard median income (기준중위소득) for the household's size, living
 * expenses about 30% of it a month. 2026 uses the median income published for 2026 (1 person
 * ₩2,564,238 ... 6 people ₩8,555,952); 2027 raises it by 6.5%, as the last revisions did, until
 * the figure published each August is entered by staff. Each version takes effect on
 * 1 January, midnight in Seoul.
 */
const seoulNewYear = (year: number) => new Date(`${year}-01-01T00:00:00+09:00`);

const stayStatuses2026: Rules['visaStatuses'] = ['E-9', 'H-2', 'E-7', 'D-2', 'D-4', 'D-10', 'F-1', 'F-2', 'F-3', 'F-4', 'F-5', 'F-6', 'G-1'];
// From 2027 seasonal workers (E-8) can apply too.
const stayStatuses2027: Rules['visaStatuses'] = [...stayStatuses2026, 'E-8'];

const limits = {
  2026: {
    income: { bySize: [1_923_000, 3_149_000, 4_019_000, 4_871_000, 5_668_000, 6_417_000], perExtraPerson: 749_000 },
    assets: { bySize: [8_560_000, 11_840_000, 14_160_000, 16_430_000, 18_550_000, 20_550_000], perExtraPerson: 2_000_000 },
    living: { bySize: [782_100, 1_280_800, 1_634_500, 1_980_900, 2_304_800, 2_609_600], perExtraPerson: 304_800 },
    funeral: 807_000,
  },
  2027: {
    income: { bySize: [2_048_000, 3_354_000, 4_281_000, 5_188_000, 6_036_000, 6_834_000], perExtraPerson: 798_000 },
    assets: { bySize: [9_120_000, 12_610_000, 15_080_000, 17_500_000, 19_760_000, 21_890_000], perExtraPerson: 2_130_000 },
    living: { bySize: [832_900, 1_364_000, 1_740_700, 2_109_700, 2_454_600, 2_779_200], perExtraPerson: 324_600 },
    funeral: 860_000,
  },
} as const;

type Year = keyof typeof limits;

function rulesFor(code: ProgrammeCode, year: Year): Rules {
  const l = limits[year];
  const common = {
    visaStatuses: year === 2026 ? stayStatuses2026 : stayStatuses2027,
    household: { maxSize: 15 },
    incomeLimits: { bySize: [...l.income.bySize], perExtraPerson: l.income.perExtraPerson },
    assetLimits: { bySize: [...l.assets.bySize], perExtraPerson: l.assets.perExtraPerson },
  };
  if (code === 'LIVING') {
    return ruleSchema.parse({
      ...common,
      residence: { minMonths: 6 },
      crisisReasons: ['earner_lost', 'illness_injury', 'fire_disaster', 'domestic_violence', 'unpaid_wages', 'job_loss'],
      payment: { kind: 'monthly', table: { bySize: [...l.living.bySize], perExtraPerson: l.living.perExtraPerson }, months: 1 },
      evidence: ['alien_registration', 'residence_proof', 'crisis_proof', 'income_proof', 'bank_book'],
    });
  }
  if (code === 'MEDICAL') {
    return ruleSchema.parse({
      ...common,
      residence: { minMonths: 3 },
      crisisReasons: ['illness_injury'],
      payment: { kind: 'upTo', max: 3_000_000 },
      evidence: ['alien_registration', 'residence_proof', 'diagnosis', 'medical_bill', 'income_proof', 'bank_book'],
    });
  }
  return ruleSchema.parse({
    ...common,
    residence: { minMonths: 0 },
    crisisReasons: ['death_in_household'],
    payment: { kind: 'fixed', amount: l.funeral },
    evidence: ['alien_registration', 'death_certificate', 'family_relation', 'funeral_receipt', 'bank_book'],
  });
}

export const supportProgrammes: readonly ProgrammeCode[] = ['LIVING', 'MEDICAL', 'FUNERAL'];

/** The programmes and both years' rules, once each: staff edits and later versions are left alone. */
export async function seedSupport(db: Db) {
  for (const [sortOrder, code] of supportProgrammes.entries()) {
    const programme = await db.supportProgramme.upsert({ where: { code }, update: {}, create: { code, sortOrder }, select: { id: true } });
    for (const year of [2026, 2027] as const) {
      await db.supportRuleSet.upsert({
        where: { programmeId_version: { programmeId: programme.id, version: `${year}.1` } },
        update: {},
        create: { programmeId: programme.id, version: `${year}.1`, effectiveFrom: seoulNewYear(year), rules: rulesFor(code, year) },
      });
    }
  }
}

export { rulesFor as supportRulesFor };
