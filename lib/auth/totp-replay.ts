import crypto from 'node:crypto';
import { symmetricDecrypt } from 'better-auth/crypto';
import type { Db } from '@/lib/db/client';
import { authSecret } from './secret';

/**
 * Better Auth's twoFactor plugin accepts a TOTP code from the current 30-second step or the one
 * either side, and does not remember which codes were used: a code seen over a shoulder or in a
 * proxy log works again for up to 90 seconds. Before it is called, the step the code belongs to
 * is found here and claimed for the account in one conditional update (StaffTwoFactor.lastTotpStep):
 * a code from that step or an earlier one is refused, also when two arrive at once.
 */
const PERIOD_SECONDS = 30;
const DIGITS = 6;

export const totpStepAt = (ms: number) => Math.floor(ms / 1000 / PERIOD_SECONDS);

/** RFC 4226 HOTP with SHA-1, as @better-auth/utils/otp computes it. */
export function hotp(key: Buffer, counter: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = crypto.createHmac('sha1', key).update(message).digest();
  const offset = mac[mac.length - 1]! & 15;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** DIGITS).padStart(DIGITS, '0');
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32Bytes(text: string): Buffer {
  let bits = '';
  for (const char of text.replace(/=+$/, '').toUpperCase()) bits += BASE32.indexOf(char).toString(2).padStart(5, '0');
  return Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2)));
}

/** The key the stored (encrypted) secret stands for, as Better Auth decrypts it. */
export async function totpKey(encryptedSecret: string): Promise<Buffer> {
  const secret = await symmetricDecrypt({ key: authSecret(), data: encryptedSecret });
  return secret.startsWith('base32:') ? base32Bytes(secret.slice(7)) : Buffer.from(secret, 'utf8');
}

export type TotpClaim = 'claimed' | 'reused' | 'wrong';

/** Claims the time step of `code` for the account, or says it is wrong or already used. */
export async function claimTotpStep(db: Db, staffId: string, code: string, now = Date.now()): Promise<TotpClaim> {
  const twoFactor = await db.staffTwoFactor.findFirst({ where: { userId: staffId }, select: { id: true, secret: true } });
  if (!twoFactor) return 'wrong';
  const key = await totpKey(twoFactor.secret);
  const current = totpStepAt(now);
  let step: number | null = null;
  for (const candidate of [current - 1, current, current + 1]) {
    if (crypto.timingSafeEqual(Buffer.from(hotp(key, candidate)), Buffer.from(code.padEnd(DIGITS).slice(0, DIGITS)))) step = candidate;
  }
  if (step === null) return 'wrong';
  const { count } = await db.staffTwoFactor.updateMany({
    where: { id: twoFactor.id, OR: [{ lastTotpStep: null }, { lastTotpStep: { lt: step } }] },
    data: { lastTotpStep: step },
  });
  return count === 1 ? 'claimed' : 'reused';
}
