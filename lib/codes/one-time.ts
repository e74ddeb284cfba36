import crypto from 'node:crypto';
import type { Db } from '@/lib/db/client';
import { purposeKey } from '@/lib/auth/secret';

/**
 * Six-digit codes sent by email or text message, for every purpose (manage a booking by its
 * reference, confirm a new phone number, ...). Only a keyed hash is stored; a code works once,
 * for a limited time and a limited number of tries, and the try is counted by a conditional
 * update before the comparison, so parallel guesses cannot exceed the limit.
 */
export type CodeStore = Pick<Db, 'oneTimeCode'>;

export const CODE_LIFETIME_MS = 10 * 60_000;
export const CODE_ATTEMPTS = 3;

const hashCode = (id: string, purpose: string, code: string) => crypto.createHmac('sha256', purposeKey('one-time-code')).update(`one-time-code:${purpose}:${id}:${code}`).digest('base64url');
const isChallengeId = (value: string) => /^[A-Za-z0-9_-]{24}$/.test(value);

export type IssuedCode = { id: string; code: string; expiresAt: Date };

/**
 * Stores a new code for the subject and returns it, for the caller to send in the same
 * transaction. A challenge without a subject (a reference that matched nothing) is stored too,
 * so the next page, its timing and its wording do not tell whether the subject exists.
 * `replace` ends the subject's earlier codes of this purpose (one pending change at a time).
 */
export async function issueCode(
  db: CodeStore,
  purpose: string,
  {
    subjectId,
    data,
    now = new Date(),
    lifetimeMs = CODE_LIFETIME_MS,
    replace = false,
  }: { subjectId: string | null; data?: Record<string, unknown>; now?: Date; lifetimeMs?: number; replace?: boolean },
): Promise<IssuedCode> {
  const id = crypto.randomBytes(18).toString('base64url');
  const code = crypto.randomInt(0, 1_000_000).toString().padStart(6, '0');
  const expiresAt = new Date(now.getTime() + lifetimeMs);
  if (replace && subjectId) await db.oneTimeCode.deleteMany({ where: { purpose, subjectId, usedAt: null } });
  await db.oneTimeCode.create({ data: { id, purpose, subjectId, codeHash: hashCode(id, purpose, code), expiresAt, data: data ? JSON.parse(JSON.stringify(data)) : undefined } });
  return { id, code, expiresAt };
}

export type CodeCheck = { kind: 'ok'; subjectId: string; data: Record<string, unknown> } | { kind: 'wrong'; triesLeft: number } | { kind: 'expired' };

/** Checks a code: right, unused, in time and within the tries. A wrong code and a challenge without a subject answer alike. */
export async function verifyCode(db: CodeStore, purpose: string, challengeId: string, code: string, { now = new Date(), attempts = CODE_ATTEMPTS } = {}): Promise<CodeCheck> {
  if (!isChallengeId(challengeId)) return { kind: 'expired' };
  const challenge = await db.oneTimeCode.findUnique({ where: { id: challengeId } });
  if (!challenge || challenge.purpose !== purpose || challenge.usedAt || challenge.expiresAt < now) return { kind: 'expired' };
  const counted = await db.oneTimeCode.updateMany({ where: { id: challengeId, usedAt: null, attempts: { lt: attempts } }, data: { attempts: { increment: 1 } } });
  if (counted.count !== 1) return { kind: 'expired' };
  const given = Buffer.from(hashCode(challengeId, purpose, code));
  const expected = Buffer.from(challenge.codeHash);
  if (!challenge.subjectId || given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    return { kind: 'wrong', triesLeft: Math.max(0, attempts - challenge.attempts - 1) };
  }
  const used = await db.oneTimeCode.updateMany({ where: { id: challengeId, usedAt: null }, data: { usedAt: now } });
  return used.count === 1 ? { kind: 'ok', subjectId: challenge.subjectId, data: (challenge.data ?? {}) as Record<string, unknown> } : { kind: 'expired' };
}

/** The subject's newest pending challenge of a purpose (a form that lost its hidden field). */
export async function pendingChallenge(db: CodeStore, purpose: string, subjectId: string, now = new Date()) {
  return db.oneTimeCode.findFirst({ where: { purpose, subjectId, usedAt: null, expiresAt: { gt: now } }, orderBy: { createdAt: 'desc' }, select: { id: true, data: true } });
}

/** Codes a day past their time are deleted (the clean-up job). */
export async function deleteExpiredCodes(db: CodeStore, now = new Date()): Promise<number> {
  const { count } = await db.oneTimeCode.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 86_400_000) } } });
  return count;
}
