import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Staff passwords (ASVS 5.0 V6, SECURITY.md 11): 8 to 128 characters, any characters, no
 * composition rules, no truncation; common and breached passwords refused. Hashed with argon2id
 * at OWASP's recommended cost (19 MiB, 2 passes).
 */
// @node-rs/argon2's Algorithm.Argon2id, a const enum that isolated modules cannot import.
const ARGON2ID = 2;

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const hashPassword = (password: string) => hash(password, { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 });

export const verifyPassword = ({ hash: stored, password }: { hash: string; password: string }) => verify(stored, password).catch(() => false);

let dummyHash: Promise<string> | undefined;

/**
 * For an unknown or disabled account: the same argon2 work as checking a real password, so the
 * answer takes as long and its timing does not tell who has an account. Always false.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('no account has this password');
  await verifyPassword({ hash: await dummyHash, password });
  return false;
}

/**
 * The breached-password source. The list shipped with zxcvbn-ts holds ~49,000 passwords most
 * often seen in breaches; a deployment that may call out can add a k-anonymity range check
 * (Have I Been Pwned) behind the same function.
 */
const breached = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'containsEmail';

export function passwordProblem(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'tooShort';
  if (length > PASSWORD_MAX) return 'tooLong';
  const lower = password.toLowerCase();
  if (breached.has(lower)) return 'common';
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'containsEmail';
  return null;
}
