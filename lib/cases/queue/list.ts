import 'server-only';
import { db } from '@/lib/db';
import { databaseKind } from '@/lib/db/client';
import type { StaffContext } from '@/lib/auth/guards';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import type { CaseKind } from '../define';
import { decodeCursor, encodeCursor, type Cursor } from './cursor';
import type { QueueFilter } from './filters';
import { queueWhere } from './where';

export const QUEUE_PAGE_SIZE = 50;

/** One row of the queue: what staff need to pick the next case, and no contact details. */
export type QueueRow = {
  id: string;
  reference: string;
  kind: string;
  status: string;
  language: string | null;
  interpreterNeeded: boolean;
  assignee: string | null;
  offeredTo: string | null;
  createdAt: Date;
  updatedAt: Date;
  dueAt: Date | null;
};

export type QueuePage = { rows: QueueRow[]; next: string | null; previous: string | null };

/**
 * After (or before) a row: `key <= at AND (key < at OR id < id)`. The first half is a range the
 * index on (key, id) answers directly; a bare OR would make PostgreSQL and SQLite scan.
 */
function beyond(field: 'createdAt' | 'updatedAt', cursor: Cursor, direction: 'after' | 'before'): Prisma.CaseWhereInput {
  return direction === 'after'
    ? { AND: [{ [field]: { lte: cursor.at } }, { OR: [{ [field]: { lt: cursor.at } }, { id: { lt: cursor.id } }] }] }
    : { AND: [{ [field]: { gte: cursor.at } }, { OR: [{ [field]: { gt: cursor.at } }, { id: { gt: cursor.id } }] }] };
}

/**
 * A page of the queue, newest first by creation (or by last change), keyset-paged: `after` is the
 * last row of the page before, `before` the first row of the page after. Through queueWhere, so
 * inside the core's access rule.
 */
export async function listQueue(actor: StaffContext, filter: QueueFilter, kinds: readonly CaseKind[], position: { after?: string; before?: string } = {}, size = QUEUE_PAGE_SIZE): Promise<QueuePage> {
  const field = filter.sort === 'updated' ? 'updatedAt' : 'createdAt';
  const after = decodeCursor(position.after);
  const before = after ? null : decodeCursor(position.before);
  const where = queueWhere(actor, filter, kinds, databaseKind());
  const bounded = after ? { AND: [where, beyond(field, after, 'after')] } : before ? { AND: [where, beyond(field, before, 'before')] } : where;
  const order = before ? 'asc' : 'desc';
  const found = await db.case.findMany({
    where: bounded,
    orderBy: [{ [field]: order }, { id: order }],
    take: size + 1,
    select: {
      id: true,
      reference: true,
      kind: true,
      status: true,
      language: true,
      interpreterNeeded: true,
      createdAt: true,
      updatedAt: true,
      dueAt: true,
      assigneeId: true,
      pendingAssigneeId: true,
    },
  });
  const more = found.length > size;
  const page = found.slice(0, size);
  if (before) page.reverse();
  // Names in one look-up for the page: Prisma's relation loading cost several times the page itself.
  const staffIds = [...new Set(page.flatMap((row) => [row.assigneeId, row.pendingAssigneeId]).filter((id): id is string => Boolean(id)))];
  const names = new Map((staffIds.length ? await db.staffUser.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true } }) : []).map((s) => [s.id, s.name]));
  const rows = page.map(({ assigneeId, pendingAssigneeId, ...row }) => ({
    ...row,
    assignee: assigneeId ? (names.get(assigneeId) ?? null) : null,
    offeredTo: pendingAssigneeId ? (names.get(pendingAssigneeId) ?? null) : null,
  }));
  const first = rows[0];
  const last = rows[rows.length - 1];
  const cursorOf = (row: QueueRow) => encodeCursor({ at: row[field], id: row.id });
  // Going forward there is a next page when one more row came back, and a previous one when we
  // came from somewhere; going back, the reverse.
  const hasNext = before ? true : more;
  const hasPrevious = before ? more : Boolean(after);
  return { rows, next: hasNext && last ? cursorOf(last) : null, previous: hasPrevious && first ? cursorOf(first) : null };
}
