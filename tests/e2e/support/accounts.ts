import crypto from 'node:crypto';
import { symmetricEncrypt } from 'better-auth/crypto';
import { hashPassword } from '@/lib/auth/passwords';
import { STAFF_IDLE_SECONDS, STAFF_SESSION_COOKIE } from '@/lib/auth/staff-session-limits';
import { withE2eDb } from './db';

/**
 * A staff account with a password and no second factor yet, made directly in the database the
 * way an accepted invitation leaves it (a credential account with an argon2id hash).
 */
export async function staffWithPassword(email: string, password: string, roles: string[] = ['counsellor']) {
  const hash = await hashPassword(password);
  return withE2eDb((db) => {
    const id = `s_${crypto.randomBytes(6).toString('hex')}`;
    const now = new Date().toISOString();
    db.prepare('INSERT INTO StaffUser (id, email, emailVerified, name, roles, languages, locale, active, twoFactorEnabled, createdAt, updatedAt) VALUES (?, ?, 1, ?, ?, ?, ?, 1, 0, ?, ?)').run(
      id,
      email,
      `Staff ${email}`,
      JSON.stringify(roles),
      JSON.stringify(['ko', 'en']),
      'en',
      now,
      now,
    );
    db.prepare('INSERT INTO StaffAccount (id, accountId, providerId, userId, password, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)').run(`a_${id}`, id, 'credential', id, hash, now, now);
    return id;
  });
}

export const staffCount = (email: string) => withE2eDb((db) => (db.prepare('SELECT COUNT(*) AS n FROM StaffUser WHERE email = ?').get(email) as { n: number }).n);

/** The e2e server's signing key (scripts/e2e-prepare.mjs), which signs session cookies. */
const E2E_AUTH_SECRET = 'e2e-only-secret-not-for-production-0123456789';

/**
 * A staff account as a finished sign-in leaves it: TOTP enrolled (secret and recovery codes
 * encrypted with the server's key, as Better Auth stores them) and a live session. Returns the
 * session cookie, signed the way Better Auth signs it, for the browser context.
 */
export async function staffSession(email: string, roles: string[]) {
  const id = await staffWithPassword(email, 'steady rain on the tin roof', roles);
  const secret = await symmetricEncrypt({ key: E2E_AUTH_SECRET, data: crypto.randomBytes(20).toString('hex') });
  const backupCodes = await symmetricEncrypt({ key: E2E_AUTH_SECRET, data: JSON.stringify(Array.from({ length: 10 }, () => crypto.randomBytes(5).toString('hex'))) });
  const token = crypto.randomBytes(24).toString('base64url');
  withE2eDb((db) => {
    const now = new Date();
    db.prepare('UPDATE StaffUser SET twoFactorEnabled = 1 WHERE id = ?').run(id);
    db.prepare('INSERT INTO StaffTwoFactor (id, secret, backupCodes, verified, failedVerificationCount, userId) VALUES (?, ?, ?, 1, 0, ?)').run(`t_${id}`, secret, backupCodes, id);
    db.prepare('INSERT INTO StaffSession (id, token, expiresAt, userId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)').run(
      `ss_${id}`,
      token,
      new Date(now.getTime() + STAFF_IDLE_SECONDS * 1000).toISOString(),
      id,
      now.toISOString(),
      now.toISOString(),
    );
  });
  // Better Auth's signed cookie: the value, a dot, and the value's HMAC-SHA256 in base64.
  const signature = crypto.createHmac('sha256', E2E_AUTH_SECRET).update(token).digest('base64');
  return { id, cookie: { name: STAFF_SESSION_COOKIE, value: encodeURIComponent(`${token}.${signature}`), secure: true, httpOnly: true, sameSite: 'Lax' as const } };
}
