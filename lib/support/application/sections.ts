import { z } from 'zod';
import { phoneField, requiredText } from '@/lib/forms/fields';
import { cityDayKey } from '@/lib/time/seoul';
import { parseWhole } from '../numbers';
import { normaliseArn, maskAccount, maskArn } from '../identifiers';
import { seal } from '../sealed';
import { MAX_AMOUNT } from '../precheck/steps';
import { visaChoices } from '../programmes';
import { consentsNeeded } from './consents';
import { MAX_MEMBERS, relations, type ApplicationValues, type Member, type Section } from './types';

/** Error keys: `Forms.errors.<key>` for the shared ones, `Support.apply.errors.<key>` for these. */
export const ownErrors = new Set(['arn', 'account', 'amount', 'futureDate', 'consent', 'birthYear', 'months']);

type Parsed = { ok: true; values: Partial<ApplicationValues> } | { ok: false; typed: Record<string, string>; errors: Record<string, string> };

const str = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value.normalize('NFC') : '';
};
const firstIssue = (schema: z.ZodType, value: unknown): { ok: true; value: string } | { ok: false; error: string } => {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: String(parsed.data) };
  const issue = parsed.error.issues[0];
  // "tooLong:100": the limit travels with the key, for the message's {max}.
  const limit = issue && 'maximum' in issue ? `:${String(issue.maximum)}` : '';
  return { ok: false, error: `${issue?.message ?? 'invalid'}${limit}` };
};

/**
 * Reads one section's fields from a post, only those (extra fields such as `status` or
 * `residentId` are never read). Sensitive answers are sealed here, at the edge of the data layer;
 * left empty when one is already saved, it is kept (the browser never gets it back to resend).
 */
export function parseSection(section: Section, form: FormData, current: ApplicationValues, now: Date, consentText: (purpose: string) => { version: string; hash: string }, locale: string): Parsed {
  const errors: Record<string, string> = {};
  const typed: Record<string, string> = {};
  const take = (name: string, schema: z.ZodType, keep = true) => {
    const raw = str(form, name);
    if (keep) typed[name] = raw.slice(0, 2000);
    const result = firstIssue(schema, raw);
    if (result.ok) return result.value;
    errors[name] = result.error;
    return '';
  };
  const amount = (name: string, required: boolean) => {
    const raw = str(form, name);
    typed[name] = raw.slice(0, 40);
    if (!raw.trim()) {
      if (required) errors[name] = 'required';
      return undefined;
    }
    const value = parseWhole(raw, { max: MAX_AMOUNT });
    if (value === null) errors[name] = 'amount';
    return value ?? undefined;
  };
  const done = (values: Partial<ApplicationValues>): Parsed => (Object.keys(errors).length ? { ok: false, typed, errors } : { ok: true, values });

  switch (section) {
    case 'applicant': {
      const fullName = take('fullName', requiredText(100));
      const phone = take('phone', phoneField);
      const address = take('address', requiredText(300));
      const nationality = take('nationality', z.string().trim().max(60, 'tooLong'));
      const visa = take('visa', z.enum(visaChoices, 'choose'));
      const monthsRaw = str(form, 'residenceMonths');
      typed.residenceMonths = monthsRaw.slice(0, 10);
      const residenceMonths = parseWhole(monthsRaw, { max: 1200 });
      if (residenceMonths === null) errors.residenceMonths = monthsRaw.trim() ? 'months' : 'required';
      const rawArn = str(form, 'arn');
      let arnSealed = current.applicant?.arnSealed ?? '';
      let arnMasked = current.applicant?.arnMasked ?? '';
      if (rawArn.trim() || !arnSealed) {
        const arn = normaliseArn(rawArn);
        if (!arn) errors.arn = rawArn.trim() ? 'arn' : 'required';
        else {
          arnSealed = seal(arn);
          arnMasked = maskArn(arn);
        }
      }
      return done({ applicant: { fullName, phone, address, nationality, visa, residenceMonths: residenceMonths ?? 0, arnSealed, arnMasked } });
    }
    case 'household': {
      const members: Member[] = [];
      const thisYear = Number(cityDayKey(now).slice(0, 4));
      for (let i = 1; i <= MAX_MEMBERS; i++) {
        const [name, relation, year] = [str(form, `memberName${i}`).trim(), str(form, `memberRelation${i}`), str(form, `memberBirthYear${i}`).trim()];
        typed[`memberName${i}`] = name.slice(0, 100);
        typed[`memberRelation${i}`] = relation.slice(0, 20);
        typed[`memberBirthYear${i}`] = year.slice(0, 10);
        if (!name && !year && !relation) continue;
        if (!name) errors[`memberName${i}`] = 'required';
        else if (name.length > 100) errors[`memberName${i}`] = 'tooLong:100';
        if (!(relations as readonly string[]).includes(relation)) errors[`memberRelation${i}`] = 'choose';
        const birthYear = parseWhole(year, { max: thisYear });
        if (birthYear === null || birthYear < thisYear - 120) errors[`memberBirthYear${i}`] = 'birthYear';
        members.push({ name, relation: relation as Member['relation'], birthYear: birthYear ?? 0 });
      }
      return done({ household: { members } });
    }
    case 'crisis': {
      const reason = take('reason', z.string().min(1, 'choose'));
      const date = take(
        'date',
        z
          .string()
          .trim()
          .regex(/^\d{4}-\d{2}-\d{2}$/, 'date'),
      );
      if (date && !errors.date) {
        const real = new Date(`${date}T12:00:00+09:00`);
        if (Number.isNaN(real.getTime()) || cityDayKey(real) !== date) errors.date = 'date';
        else if (date > cityDayKey(now)) errors.date = 'futureDate';
      }
      const description = take('description', requiredText(3000));
      const health = str(form, 'health').trim();
      typed.health = health.slice(0, 3000);
      if (current.programme === 'MEDICAL' && !health) errors.health = 'required';
      if (health.length > 3000) errors.health = 'tooLong:3000';
      return done({ crisis: { reason, date, description, healthSealed: health ? seal(health) : undefined } });
    }
    case 'costs': {
      const costsNeeded = current.programme !== 'LIVING';
      const monthlyIncome = amount('monthlyIncome', true);
      const assets = amount('assets', true);
      const costsAmount = amount('costsAmount', costsNeeded);
      const costsNote = take('costsNote', z.string().trim().max(1000, 'tooLong'));
      return done({ costs: { monthlyIncome: monthlyIncome ?? 0, assets: assets ?? 0, costsAmount, costsNote } });
    }
    case 'bank': {
      const bankName = take('bankName', requiredText(60));
      const holder = take('holder', requiredText(100));
      const raw = str(form, 'account').normalize('NFKC').replace(/[\s-]/g, '');
      let accountSealed = current.bank?.accountSealed ?? '';
      let accountMasked = current.bank?.accountMasked ?? '';
      if (raw || !accountSealed) {
        if (!/^\d{8,20}$/.test(raw)) errors.account = raw ? 'account' : 'required';
        else {
          accountSealed = seal(raw);
          accountMasked = maskAccount(raw);
        }
      }
      return done({ bank: { bankName, holder, accountSealed, accountMasked } });
    }
    case 'consents': {
      const consents: NonNullable<ApplicationValues['consents']> = {};
      for (const purpose of consentsNeeded(current)) {
        const given = str(form, `consent_${purpose}`) === 'yes';
        typed[`consent_${purpose}`] = given ? 'yes' : '';
        if (!given) errors[`consent_${purpose}`] = 'consent';
        else {
          const { version, hash } = consentText(purpose);
          consents[purpose] = { version, textHash: hash, locale, at: now.toISOString() };
        }
      }
      return done({ consents });
    }
  }
}
