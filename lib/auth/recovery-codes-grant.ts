import crypto from 'node:crypto';
import type { Db } from '@/lib/db/client';

/**
 * The right to see one's recovery codes once, right after enrolling two-step sign-in: a random
 * token in a cookie, its hash in a verification row for five minutes, consumed by the first
 * showing. A cookie naming the staff id alone could be written by anyone holding a session, and
 * showed the codes again (issue #13).
 */
const GRANT_MS = 5 * 60_000;
const identifierOf = (token: string) => `recovery-codes:${crypto.createHash('sha256').update(token).digest('hex')}`;

export async function grantRecoveryCodesView(db: Pick<Db, 'staffVerification'>, staffId: string, now = new Date()): Promise<string> {
  const token = crypto.randomBytes(24).toString('base64url');
  await db.staffVerification.create({ data: { identifier: identifierOf(token), value: staffId, expiresAt: new Date(now.getTime() + GRANT_MS) } });
  return token;
}

/** True once for the token of this staff member's own, unexpired grant; false ever after. */
export async function consumeRecoveryCodesView(db: Pick<Db, 'staffVerification'>, staffId: string, token: string | undefined, now = new Date()): Promise<boolean> {
  if (!token) return false;
  const { count } = await db.staffVerification.deleteMany({ where: { identifier: identifierOf(token), value: staffId, expiresAt: { gt: now } } });
  return count === 1;
}
