import 'server-only';
import { db } from '@/lib/db';
import type { StaffContext } from '@/lib/auth/guards';
import { recordAudit } from '@/lib/audit/record';
import { refused, type DataResult } from '@/lib/forms/result';
import { manageableBy, type ViewRefusal } from './views';

/** Deletes a view the actor may manage; anyone else's is "not found". */
export async function deleteView(actor: StaffContext, input: { viewId: string }): Promise<DataResult<{ viewId: string }, ViewRefusal>> {
  const removed = await db.caseQueueView.deleteMany({ where: { AND: [{ id: input.viewId }, manageableBy(actor)] } });
  if (removed.count !== 1) return refused('viewNotFound');
  await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'change', entity: 'CaseQueueView', entityId: input.viewId, detail: { deleted: true } });
  return { ok: true, viewId: input.viewId };
}
