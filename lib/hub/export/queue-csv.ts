import 'server-only';
import { stringify } from 'csv-stringify/sync';
import type { StaffContext } from '@/lib/auth/guards';
import type { CaseKind } from '@/lib/cases/define';
import type { QueueFilter } from '@/lib/cases/queue/filters';
import { listQueue, type QueueRow } from '@/lib/cases/queue/list';

/** The queue's columns and nothing more: no names, contacts or notes of residents. */
export const exportColumns = ['reference', 'service', 'status', 'language', 'interpreter_needed', 'assignee', 'offered_to', 'created_at_utc', 'updated_at_utc', 'due_at_utc'] as const;

const EXPORT_PAGE_SIZE = 500;

const cells = (row: QueueRow) => [
  row.reference,
  row.kind,
  row.status,
  row.language ?? '',
  row.interpreterNeeded ? 'yes' : 'no',
  row.assignee ?? '',
  row.offeredTo ?? '',
  row.createdAt.toISOString(),
  row.updatedAt.toISOString(),
  row.dueAt?.toISOString() ?? '',
];

/**
 * The filtered queue as CSV, produced page by page as the client reads (a pull stream: the next
 * page is fetched only when the previous one was taken), by the queue's own keyset pages and its
 * where, so the rows are exactly those the viewer may read and memory holds one page. Cells
 * that a spreadsheet would run as a formula (= + - @, tab, CR) are prefixed with ' (OWASP
 * CSV injection); a byte order mark lets spreadsheet programs read UTF-8 names correctly.
 */
export function queueCsvStream(actor: StaffContext, filter: QueueFilter, kinds: readonly CaseKind[], pageSize = EXPORT_PAGE_SIZE): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: string | undefined;
  let first = true;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const page = await listQueue(actor, filter, kinds, { after }, pageSize);
      const csv = stringify(page.rows.map(cells), { header: first, columns: [...exportColumns], escape_formulas: true });
      controller.enqueue(encoder.encode(first ? `\uFEFF${csv}` : csv));
      first = false;
      if (!page.next) controller.close();
      else after = page.next;
    },
  });
}
