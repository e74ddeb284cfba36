/**
 * The vocabulary of emergency support, as codes: the words for people are messages
 * (`Support.programmes.<code>`, `Support.crisis.<reason>`, `Support.evidence.<code>`), so a
 * programme's rules can name them without any language in the data.
 */
export const programmeCodes = ['LIVING', 'MEDICAL', 'FUNERAL'] as const;
export type ProgrammeCode = (typeof programmeCodes)[number];
export const isProgrammeCode = (value: unknown): value is ProgrammeCode => typeof value === 'string' && (programmeCodes as readonly string[]).includes(value);

export const crisisReasons = ['earner_lost', 'illness_injury', 'fire_disaster', 'domestic_violence', 'unpaid_wages', 'job_loss', 'death_in_household'] as const;
export type CrisisReason = (typeof crisisReasons)[number];
export const isCrisisReason = (value: unknown): value is CrisisReason => typeof value === 'string' && (crisisReasons as readonly string[]).includes(value);

/** Statuses of stay a resident can pick in the pre-check; "other" covers none, expired and unknown. */
export const visaChoices = ['E-9', 'H-2', 'E-7', 'E-8', 'D-2', 'D-4', 'D-10', 'F-1', 'F-2', 'F-3', 'F-4', 'F-5', 'F-6', 'G-1', 'other'] as const;

export const evidenceCodes = [
  'alien_registration',
  'residence_proof',
  'crisis_proof',
  'income_proof',
  'bank_book',
  'medical_bill',
  'diagnosis',
  'death_certificate',
  'funeral_receipt',
  'family_relation',
] as const;
export type EvidenceCode = (typeof evidenceCodes)[number];
