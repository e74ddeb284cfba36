import 'server-only';
import { db } from '@/lib/db';
import { can, type StaffContext } from '@/lib/auth/guards';
import { findCaseFor } from '@/lib/cases/access';
import { recordAudit } from '@/lib/audit/record';

/**
 * Documents may show health, income and identity papers, so staff need both the case access
 * rule (lib/cases/access.ts) and `pii:read`, for the list and for each file alike.
 */
export const DOCUMENTS_PERMISSION = 'pii:read' as const;

async function applicationOfCase(actor: StaffContext, caseId: string) {
  if (!can(actor, DOCUMENTS_PERMISSION)) return null;
  const found = await findCaseFor(actor, caseId, 'read');
  if (!found || found.kind !== 'EMERGENCY_SUPPORT') return null;
  const app = await db.supportApplication.findUnique({ where: { caseId }, select: { id: true } });
  return app ? { applicationId: app.id, residentId: found.residentId } : null;
}

export type StaffDocumentRow = { id: string; displayName: string; mediaType: string; size: number; createdAt: Date; status: 'STORED' | 'FAILED'; failure: string | null; convertedFrom: string | null };

/**
 * The case's documents for its panel, uploads that failed to store included (they are shown as
 * failures, never left out); removed ones are not. Null when the actor may not see them.
 */
export async function caseDocuments(actor: StaffContext, caseId: string): Promise<StaffDocumentRow[] | null> {
  const scope = await applicationOfCase(actor, caseId);
  if (!scope) return null;
  const rows = await db.supportDocument.findMany({
    where: { applicationId: scope.applicationId, removedAt: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, displayName: true, mediaType: true, size: true, createdAt: true, status: true, failure: true, convertedFrom: true },
  });
  await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'view', entity: 'SupportDocument', entityId: scope.applicationId, residentId: scope.residentId, detail: { list: rows.length } });
  return rows.map((r) => ({ ...r, status: r.status === 'FAILED' ? 'FAILED' : 'STORED' }));
}

/**
 * One stored document for a staff download, audited as a view; a refusal is audited too.
 * `caseId` comes from the address but the document must belong to that case's application.
 */
export async function staffDocument(actor: StaffContext, caseId: string, documentId: string) {
  const scope = await applicationOfCase(actor, caseId);
  const doc =
    scope && typeof documentId === 'string' && documentId.length <= 64
      ? await db.supportDocument.findFirst({
          where: { id: documentId, applicationId: scope.applicationId, status: 'STORED', removedAt: null },
          select: { id: true, displayName: true, mediaType: true, size: true, storageKey: true },
        })
      : null;
  if (!scope || !doc?.storageKey) {
    await recordAudit({
      actor: { type: 'staff', id: actor.id },
      action: 'access_denied',
      entity: 'SupportDocument',
      entityId: String(documentId).slice(0, 64),
      detail: { caseId: String(caseId).slice(0, 64) },
    });
    return null;
  }
  await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'view', entity: 'SupportDocument', entityId: doc.id, residentId: scope.residentId, detail: { download: true, caseId } });
  return { ...doc, storageKey: doc.storageKey };
}
