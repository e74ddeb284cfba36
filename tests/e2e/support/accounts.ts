import crypto from 'node:crypto';
import { hashPassword } from '@/lib/auth/passwords';
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
