import 'server-only';
import { db } from '@/lib/db';
import type { StaffContext } from '@/lib/auth/guards';
import { findCaseFor } from '@/lib/cases/access';
import { recordAudit } from '@/lib/audit/record';

/** Who asks for a case's letter: its applicant, or a staff member (through the case access rule). */
export type LetterReader = { type: 'resident'; id: string } | { type: 'staff'; staff: StaffContext };

/**
 * The one access rule for decision letters, for both screens: a resident reads the letters of
 * their own support case only (case id AND owner); staff those of a support case the case access
 * rule (lib/cases/access.ts) lets them read. Anything else is null, as if there were none.
 */
async function readableCase(reader: LetterReader, caseId: string) {
  if (typeof caseId !== 'string' || caseId.length === 0 || caseId.length > 64) return null;
  const found =
    reader.type === 'resident'
      ? await db.case.findFirst({ where: { id: caseId, residentId: reader.id, kind: 'EMERGENCY_SUPPORT' }, select: { id: true, residentId: true } })
      : await findCaseFor(reader.staff, caseId, 'read').then((c) => (c?.kind === 'EMERGENCY_SUPPORT' ? c : null));
  return found ? { id: found.id, residentId: found.residentId } : null;
}

export type LetterRow = { id: string; outcome: string; locale: string; status: 'PENDING' | 'READY' | 'FAILED'; createdAt: Date; renderedAt: Date | null; lastError: string | null };

/**
 * The case's letters, newest first, for the resident's request page and the staff panel. The
 * failure reason is for staff; a resident sees only that the letter is not ready yet.
 */
export async function lettersOfCase(reader: LetterReader, caseId: string): Promise<LetterRow[] | null> {
  const found = await readableCase(reader, caseId);
  if (!found) return null;
  const rows = await db.supportLetter.findMany({
    where: { caseId: found.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, outcome: true, locale: true, status: true, createdAt: true, renderedAt: true, lastError: true },
  });
  return rows.map((r) => ({ ...r, status: r.status as LetterRow['status'], lastError: reader.type === 'staff' ? r.lastError : null }));
}

/** One READY letter of a readable case, to download; a refusal is audited, a download too. */
export async function letterFile(reader: LetterReader, caseId: string, letterId: string) {
  const found = await readableCase(reader, caseId);
  const letter =
    found && typeof letterId === 'string' && letterId.length <= 64
      ? await db.supportLetter.findFirst({ where: { id: letterId, caseId: found.id, status: 'READY' }, select: { id: true, storageKey: true, size: true, locale: true, createdAt: true } })
      : null;
  const actor = reader.type === 'resident' ? { type: 'resident' as const, id: reader.id } : { type: 'staff' as const, id: reader.staff.id };
  if (!found || !letter?.storageKey || letter.size === null) {
    await recordAudit({ actor, action: 'access_denied', entity: 'SupportLetter', entityId: String(letterId).slice(0, 64), detail: { caseId: String(caseId).slice(0, 64) } });
    return null;
  }
  await recordAudit({ actor, action: 'view', entity: 'SupportLetter', entityId: letter.id, residentId: found.residentId, detail: { download: true } });
  const reference = await db.case.findUnique({ where: { id: found.id }, select: { reference: true } });
  return { storageKey: letter.storageKey, mediaType: 'application/pdf', size: letter.size, displayName: `decision-${reference?.reference ?? letter.id}.pdf` };
}
