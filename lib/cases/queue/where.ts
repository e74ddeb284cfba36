import type { StaffContext } from '@/lib/auth/guards';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { cityWallTime, addDays } from '@/lib/time/seoul';
import { caseWhereFor } from '../access';
import type { CaseKind } from '../define';
import type { QueueFilter } from './filters';
import { readSearch, searchWhere } from './search';

const dayStart = (day: string) => cityWallTime(day, '00:00');
const range = (from?: string, to?: string): Prisma.DateTimeFilter | undefined =>
  from || to ? { ...(from ? { gte: dayStart(from) } : {}), ...(to ? { lt: dayStart(addDays(to, 1)) } : {}) } : undefined;

/**
 * The queue's filters as one `where`, always inside the core's access rule (caseWhereFor), so
 * rows, counts and pages cannot show a case the viewer may not read. Only the kinds the registry
 * declares and their statuses are filtered on; anything else is ignored, not trusted.
 * `withStatus: false` leaves the status out, for the counts per status beside the list.
 */
export function queueWhere(actor: StaffContext, filter: QueueFilter, kinds: readonly CaseKind[], database: 'sqlite' | 'postgres', options: { withStatus?: boolean } = {}): Prisma.CaseWhereInput {
  const kind = kinds.find((k) => k.kind === filter.kind);
  const statuses = new Set((kind ? [kind] : kinds).flatMap((k) => k.statuses as readonly string[]));
  const parts: Prisma.CaseWhereInput[] = [caseWhereFor(actor, 'read')];
  if (kind) parts.push({ kind: kind.kind });
  if (options.withStatus !== false && filter.status && statuses.has(filter.status)) parts.push({ status: filter.status });
  if (filter.state === 'open') parts.push({ closedAt: null });
  if (filter.state === 'closed') parts.push({ closedAt: { not: null } });
  if (filter.lang) parts.push({ language: filter.lang });
  if (filter.nat) parts.push({ resident: { nationality: filter.nat } });
  if (filter.assignee === 'me') parts.push({ assigneeId: actor.id });
  else if (filter.assignee === 'unassigned') parts.push({ assigneeId: null });
  else if (filter.assignee) parts.push({ assigneeId: filter.assignee });
  if (filter.centre) parts.push({ centerId: filter.centre });
  if (filter.interp) parts.push({ interpreterNeeded: filter.interp === 'yes' });
  const created = range(filter.createdFrom, filter.createdTo);
  if (created) parts.push({ createdAt: created });
  const updated = range(filter.updatedFrom, filter.updatedTo);
  if (updated) parts.push({ updatedAt: updated });
  const search = searchWhere(readSearch(filter.q), database);
  if (Object.keys(search).length > 0) parts.push(search);
  return { AND: parts };
}
