import 'server-only';
import { db } from '@/lib/db';
import { databaseKind } from '@/lib/db/client';
import { can, type StaffContext } from '@/lib/auth/guards';
import { recordAudit } from '@/lib/audit/record';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { longestWord, similarNames } from './name-match';

export type DuplicateReason = 'samePhone' | 'sameEmail' | 'similarName';
export type PossibleDuplicate = { id: string; name: string; reasons: DuplicateReason[]; cases: number };

/** Reviewing duplicates shows other residents' names: supervisors (every case) with contact access only. */
export const mayReviewDuplicates = (actor: StaffContext) => can(actor, 'case:read:any') && can(actor, 'pii:read');

/**
 * Other resident records that may be the same person: the same phone (stored in E.164), the same
 * email ignoring case, or a similar name (name-match.ts). Flagged for a person to review, never
 * merged here. Staff who may not review get only how many there are.
 */
export async function possibleDuplicates(actor: StaffContext, residentId: string): Promise<{ count: number; rows: PossibleDuplicate[] | null }> {
  const resident = await db.resident.findUnique({ where: { id: residentId }, select: { name: true, email: true, phone: true } });
  if (!resident) return { count: 0, rows: null };
  const insensitive = databaseKind() === 'postgres' ? ({ mode: 'insensitive' } as const) : {};
  const word = longestWord(resident.name);
  const or: Prisma.ResidentWhereInput[] = [];
  if (resident.phone) or.push({ phone: resident.phone });
  // PostgreSQL compares ignoring case when asked; SQLite's LIKE (contains) already ignores ASCII
  // case and has no such option, and the exact comparison below keeps only the same address.
  if (resident.email) or.push({ email: (databaseKind() === 'postgres' ? { equals: resident.email, mode: 'insensitive' } : { contains: resident.email }) as Prisma.StringNullableFilter });
  if (word.length >= 2) or.push({ name: { contains: word, ...insensitive } as Prisma.StringFilter });
  if (or.length === 0) return { count: 0, rows: null };
  const candidates = await db.resident.findMany({
    where: { AND: [{ id: { not: residentId } }, { OR: or }] },
    orderBy: { createdAt: 'asc' },
    take: 50,
    select: { id: true, name: true, email: true, phone: true, _count: { select: { cases: true } } },
  });
  const found = candidates
    .map((c) => {
      const reasons: DuplicateReason[] = [];
      if (resident.phone && c.phone === resident.phone) reasons.push('samePhone');
      if (resident.email && c.email?.toLowerCase() === resident.email.toLowerCase()) reasons.push('sameEmail');
      if (similarNames(resident.name, c.name)) reasons.push('similarName');
      return { id: c.id, name: c.name, reasons, cases: c._count.cases };
    })
    .filter((c) => c.reasons.length > 0);
  if (!mayReviewDuplicates(actor)) return { count: found.length, rows: null };
  if (found.length > 0) {
    await recordAudit({
      actor: { type: 'staff', id: actor.id },
      action: 'view',
      entity: 'Resident',
      entityId: residentId,
      residentId,
      detail: { possibleDuplicates: found.map((f) => f.id), fields: ['name'] },
    });
  }
  return { count: found.length, rows: found };
}
