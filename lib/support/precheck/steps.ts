import { isCrisisReason, isProgrammeCode, visaChoices, type ProgrammeCode } from '../programmes';
import type { Answers } from '../eligibility/evaluate';
import { parseWhole } from '../numbers';

/** The pre-check's questions, one a page, in this order. */
export const precheckSteps = ['programme', 'visa', 'residence', 'crisis', 'household', 'income', 'assets'] as const;
export type PrecheckStep = (typeof precheckSteps)[number];
export const isPrecheckStep = (value: unknown): value is PrecheckStep => typeof value === 'string' && (precheckSteps as readonly string[]).includes(value);

/** What the draft holds so far: each answer once its page is answered. */
export type PrecheckValues = Partial<Answers> & {
  programme?: ProgrammeCode;
  precheckId?: string;
  /** A typed answer that was refused, to show again at the field. */
  rejected?: { step: PrecheckStep; raw: string };
};

/** The field each page asks for (the one whose error is shown and whose text is kept). */
export const fieldOf: Record<PrecheckStep, string> = {
  programme: 'programme',
  visa: 'visa',
  residence: 'residenceMonths',
  crisis: 'crisis',
  household: 'householdSize',
  income: 'monthlyIncome',
  assets: 'assets',
};

/** The message key of a problem with an answer (`Support.check.errors.<key>`). */
export type StepError = 'choose' | 'number' | 'months' | 'household';

export const MAX_AMOUNT = 10_000_000_000;

const one = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
};

/** Reads one page's answer; only that page's fields, whatever else was posted. */
export function readStep(step: PrecheckStep, form: FormData): { ok: true; values: PrecheckValues } | { ok: false; error: StepError } {
  switch (step) {
    case 'programme': {
      const value = one(form, 'programme');
      return isProgrammeCode(value) ? { ok: true, values: { programme: value } } : { ok: false, error: 'choose' };
    }
    case 'visa': {
      const value = one(form, 'visa');
      return value && (visaChoices as readonly string[]).includes(value) ? { ok: true, values: { visa: value } } : { ok: false, error: 'choose' };
    }
    case 'residence': {
      const resides = one(form, 'residesInCity');
      if (resides === 'no') return { ok: true, values: { residesInCity: false, residenceMonths: 0 } };
      if (resides !== 'yes') return { ok: false, error: 'choose' };
      const months = parseWhole(one(form, 'residenceMonths'), { max: 1200 });
      return months === null ? { ok: false, error: 'months' } : { ok: true, values: { residesInCity: true, residenceMonths: months } };
    }
    case 'crisis': {
      const value = one(form, 'crisis');
      return value === 'other' || isCrisisReason(value) ? { ok: true, values: { crisis: value } } : { ok: false, error: 'choose' };
    }
    case 'household': {
      const size = parseWhole(one(form, 'householdSize'), { max: 99 });
      return size === null || size < 1 ? { ok: false, error: 'household' } : { ok: true, values: { householdSize: size } };
    }
    case 'income': {
      const value = parseWhole(one(form, 'monthlyIncome'), { max: MAX_AMOUNT });
      return value === null ? { ok: false, error: 'number' } : { ok: true, values: { monthlyIncome: value } };
    }
    case 'assets': {
      const value = parseWhole(one(form, 'assets'), { max: MAX_AMOUNT });
      return value === null ? { ok: false, error: 'number' } : { ok: true, values: { assets: value } };
    }
  }
}

const answered: Record<PrecheckStep, (v: PrecheckValues) => boolean> = {
  programme: (v) => isProgrammeCode(v.programme),
  visa: (v) => typeof v.visa === 'string',
  residence: (v) => typeof v.residesInCity === 'boolean' && typeof v.residenceMonths === 'number',
  crisis: (v) => typeof v.crisis === 'string',
  household: (v) => typeof v.householdSize === 'number',
  income: (v) => typeof v.monthlyIncome === 'number',
  assets: (v) => typeof v.assets === 'number',
};

/** The first question not yet answered, or null when all are (the result can be shown). */
export function firstUnanswered(values: PrecheckValues): PrecheckStep | null {
  return precheckSteps.find((step) => !answered[step](values)) ?? null;
}

/** All the answers, once every page is answered. */
export function completeAnswers(values: PrecheckValues): (Answers & { programme: ProgrammeCode }) | null {
  if (firstUnanswered(values) !== null) return null;
  const { programme, visa, residesInCity, residenceMonths, crisis, householdSize, monthlyIncome, assets } = values as Required<PrecheckValues>;
  return { programme, visa, residesInCity, residenceMonths, crisis, householdSize, monthlyIncome, assets };
}

export const nextStep = (step: PrecheckStep): PrecheckStep | null => precheckSteps[precheckSteps.indexOf(step) + 1] ?? null;
export const previousStep = (step: PrecheckStep): PrecheckStep | null => precheckSteps[precheckSteps.indexOf(step) - 1] ?? null;
