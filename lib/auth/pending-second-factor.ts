import crypto from 'node:crypto';
import type { Db } from '@/lib/db/client';
import { authSecret } from './secret';

/**
 * The staff account a sign-in waiting for its second factor belongs to, read from Better Auth's
 * signed two-factor cookie (value.HMAC-SHA256, the verification row's identifier) so the account
 * can be throttled before Better Auth is asked. Null when the cookie is not ours or has expired;
 * Better Auth then refuses the attempt itself.
 */
export async function pendingSecondFactorStaffId(db: Db, cookieValue: string | undefined): Promise<string | null> {
  if (!cookieValue) return null;
  const raw = cookieValue.includes('%') ? decodeURIComponent(cookieValue) : cookieValue;
  const dot = raw.lastIndexOf('.');
  if (dot < 1) return null;
  const value = raw.slice(0, dot);
  const signature = Buffer.from(raw.slice(dot + 1), 'base64');
  const expected = crypto.createHmac('sha256', authSecret()).update(value).digest();
  if (signature.length !== expected.length || !crypto.timingSafeEqual(signature, expected)) return null;
  const pending = await db.staffVerification.findFirst({ where: { identifier: value, expiresAt: { gt: new Date() } }, select: { value: true } });
  return pending?.value ?? null;
}
