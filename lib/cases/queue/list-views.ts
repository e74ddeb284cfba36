import 'server-only';
import { db } from '@/lib/db';
import type { StaffContext } from '@/lib/auth/guards';
import { filterParams, parseQueueFilter } from './filters';
import { mayShareViews, mayUseViews } from './views';

export type SavedView = { id: string; name: string; shared: boolean; mine: boolean; manageable: boolean; query: string };

/** The actor's own views, then the shared ones, each as the query string of the queue it opens. */
export async function listViews(actor: StaffContext): Promise<SavedView[]> {
  if (!mayUseViews(actor)) return [];
  const rows = await db.caseQueueView.findMany({
    where: { OR: [{ ownerId: actor.id }, { shared: true }] },
    orderBy: [{ shared: 'asc' }, { name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, shared: true, ownerId: true, filters: true },
    take: 200,
  });
  return rows.map((row) => {
    const mine = row.ownerId === actor.id;
    const filters = row.filters && typeof row.filters === 'object' ? (row.filters as Record<string, unknown>) : {};
    return {
      id: row.id,
      name: row.name,
      shared: row.shared,
      mine,
      manageable: mine || (row.shared && mayShareViews(actor)),
      query: filterParams(parseQueueFilter(filters), { view: row.id }).toString(),
    };
  });
}
