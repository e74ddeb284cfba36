import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The key that signs session cookies. AUTH_SECRET in production; on a local machine without it,
 * a random key is created once under data/ (readable only by its owner) so `npm start` works on a
 * fresh clone and sessions survive restarts.
 */
export function authSecret(): string {
  const fromEnv = process.env.AUTH_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('AUTH_SECRET must be at least 32 characters');
    return fromEnv;
  }
  const file = path.resolve('data', 'auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another instance created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return fs.readFileSync(file, 'utf8').trim();
}

const purposeKeys = new Map<string, Buffer>();

/**
 * A key of its own for each use of the portal's secret (HKDF-SHA256), so a MAC or hash made for
 * one purpose (a private link, a stored code) can never stand for another, and rotating one use
 * later does not touch the rest. Better Auth keeps the secret itself: it derives its own keys and
 * encrypts enrolled TOTP secrets with it.
 */
export function purposeKey(purpose: 'signed-link' | 'one-time-code'): Buffer {
  let key = purposeKeys.get(purpose);
  if (!key) {
    key = Buffer.from(crypto.hkdfSync('sha256', authSecret(), 'foreign-resident-portal', purpose, 32));
    purposeKeys.set(purpose, key);
  }
  return key;
}
