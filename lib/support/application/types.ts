import type { ProgrammeCode } from '../programmes';

export const sections = ['applicant', 'household', 'crisis', 'costs', 'bank', 'consents'] as const;
export type Section = (typeof sections)[number];
export const isSection = (value: unknown): value is Section => typeof value === 'string' && (sections as readonly string[]).includes(value);

export const consentPurposes = ['personal_data', 'unique_identifiers', 'sensitive_health'] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

export const relations = ['spouse', 'child', 'parent', 'sibling', 'other'] as const;
export const MAX_MEMBERS = 6;

export type Member = { name: string; relation: (typeof relations)[number]; birthYear: number };
export type ConsentRecord = { version: string; textHash: string; locale: string; at: string };

/**
 * An application's answers while it is a draft (FormDraft.values). Sensitive answers are only
 * ever here sealed (`…Sealed`); what a screen may show of them is kept beside (`…Masked`).
 */
export type ApplicationValues = {
  programme: ProgrammeCode;
  applicant?: { fullName: string; phone: string; address: string; nationality: string; visa: string; residenceMonths: number; arnSealed: string; arnMasked: string };
  household?: { members: Member[] };
  crisis?: { reason: string; date: string; description: string; healthSealed?: string };
  costs?: { monthlyIncome: number; assets: number; costsAmount?: number; costsNote: string };
  bank?: { bankName: string; holder: string; accountSealed: string; accountMasked: string };
  consents?: Partial<Record<ConsentPurpose, ConsentRecord>>;
  /** The last refused post of a section, sealed (it may hold health details): `Pending` below. */
  pendingSealed?: string;
  /** What the last documents post added and refused (names included), sealed: lib/support/documents. */
  uploadOutcomeSealed?: string;
};

/** What was typed in a refused section (never an identifier or account number) and the error keys. */
export type Pending = { section: Section; values: Record<string, string>; errors: Record<string, string> };
