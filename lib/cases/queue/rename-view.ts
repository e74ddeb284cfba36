import 'server-only';
import { db } from '@/lib/db';
import type { StaffContext } from '@/lib/auth/guards';
import { invalid, refused, type DataResult } from '@/lib/forms/result';
import { manageableBy, viewNameSchema, type ViewRefusal } from './views';

/** Renames a view the actor may manage; anyone else's is "not found" (no hint that it exists). */
export async function renameView(actor: StaffContext, input: { viewId: string; name: string }): Promise<DataResult<{ viewId: string }, ViewRefusal>> {
  const parsed = viewNameSchema.safeParse({ name: input.name });
  if (!parsed.success) return invalid(parsed.error);
  const changed = await db.caseQueueView.updateMany({ where: { AND: [{ id: input.viewId }, manageableBy(actor)] }, data: { name: parsed.data.name } });
  return changed.count === 1 ? { ok: true, viewId: input.viewId } : refused('viewNotFound');
}
