import 'server-only';
import { db } from '@/lib/db';
import type { StaffContext } from '@/lib/auth/guards';
import { recordAudit } from '@/lib/audit/record';
import { invalid, refused, type DataResult } from '@/lib/forms/result';
import { filterParams, parseQueueFilter } from './filters';
import { MAX_VIEWS_PER_OWNER, mayShareViews, viewNameSchema, type ViewRefusal } from './views';

/** Saves the queue's current filters under a name, the actor's own or (supervisors) shared. */
export async function saveView(actor: StaffContext, input: { name: string; shared: boolean; filters: Record<string, unknown> }): Promise<DataResult<{ viewId: string }, ViewRefusal>> {
  const parsed = viewNameSchema.safeParse({ name: input.name });
  if (!parsed.success) return invalid(parsed.error);
  if (input.shared && !mayShareViews(actor)) return refused('mayNotShare');
  if ((await db.caseQueueView.count({ where: { ownerId: actor.id } })) >= MAX_VIEWS_PER_OWNER) return refused('tooManyViews');
  const filters = Object.fromEntries(filterParams(parseQueueFilter(input.filters)).entries());
  const view = await db.caseQueueView.create({ data: { ownerId: actor.id, name: parsed.data.name, shared: input.shared, filters }, select: { id: true } });
  await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'change', entity: 'CaseQueueView', entityId: view.id, detail: { made: true, shared: input.shared } });
  return { ok: true, viewId: view.id };
}
