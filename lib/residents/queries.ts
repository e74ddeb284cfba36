import 'server-only';
import { db } from '@/lib/db';
import type { ResidentContext } from '@/lib/auth/guards';
import { emailChangeIdentifier } from './email-change';

/** The resident's own contact details, for the settings page. */
export async function getMyProfile(resident: ResidentContext) {
  return db.resident.findUniqueOrThrow({
    where: { id: resident.id },
    select: { email: true, phone: true, preferredLocale: true, name: true },
  });
}

/** The address a still-valid change link would confirm, to name it on the confirmation page. */
export async function pendingEmailChange(token: string): Promise<string | null> {
  if (token.length < 20 || token.length > 100) return null;
  const pending = await db.residentVerification.findFirst({ where: { identifier: emailChangeIdentifier(token), expiresAt: { gt: new Date() } }, select: { value: true } });
  if (!pending) return null;
  try {
    const parsed = JSON.parse(pending.value) as { newEmail?: unknown };
    return typeof parsed.newEmail === 'string' ? parsed.newEmail : null;
  } catch {
    return null;
  }
}
