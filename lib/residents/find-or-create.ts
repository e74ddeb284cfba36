import type { Db } from '@/lib/db/client';

type ResidentStore = Pick<Db, 'resident'>;

/**
 * The resident a new case belongs to: the one with this email when there is one (so it shows in
 * their "my requests" once they sign in with it), else a new record. The name they typed is kept
 * on the service's own record; an existing resident's record is not overwritten by a form.
 */
export async function findOrCreateResident(tx: ResidentStore, details: { name: string; email?: string | null; phone?: string | null }, locale: string) {
  if (details.email) {
    return tx.resident.upsert({
      where: { email: details.email },
      create: { name: details.name, email: details.email, phone: details.phone ?? null, preferredLocale: locale },
      update: {},
      select: { id: true },
    });
  }
  return tx.resident.create({ data: { name: details.name, phone: details.phone ?? null, preferredLocale: locale }, select: { id: true } });
}
