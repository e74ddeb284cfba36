import crypto from 'node:crypto';

/**
 * Human-friendly case references like "CO-7KQ3-XP9M": a service prefix and eight characters of
 * Crockford base32 (no I, L, O, U), easy to read aloud on the phone in any language and to type
 * on a phone keyboard. 32^8 ≈ 10^12 values, so collisions are negligible; the unique index on
 * Case.reference is the final guard.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const referencePrefix = {
  CONSULTATION: 'CO',
  KOREAN_CLASS: 'KC',
  EMERGENCY_SUPPORT: 'ES',
  NEWSLETTER: 'NL',
} as const;

export function makeCaseReference(kind: keyof typeof referencePrefix): string {
  const bytes = crypto.randomBytes(8);
  const chars = Array.from(bytes, (b) => ALPHABET[b % 32]).join('');
  return `${referencePrefix[kind]}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** Accepts what people type: lower case, spaces, O for 0, I or L for 1. */
export function normalizeCaseReference(input: string): string {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (cleaned.length !== 10) return cleaned;
  return `${cleaned.slice(0, 2).replace(/0/g, 'O').replace(/1/g, 'L')}-${cleaned.slice(2, 6)}-${cleaned.slice(6)}`;
}
