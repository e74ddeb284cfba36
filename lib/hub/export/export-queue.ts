import 'server-only';
import { can, type StaffContext } from '@/lib/auth/guards';
import { recordAudit } from '@/lib/audit/record';
import { filterKeys, filterParams, parseQueueFilter } from '@/lib/cases/queue/filters';
import { services } from '@/lib/registry/services';
import { queueCsvStream } from './queue-csv';
import { exportReasonSchema } from './reason';

export type QueueExport = { kind: 'forbidden' } | { kind: 'reasonMissing'; back: string } | { kind: 'csv'; stream: ReadableStream<Uint8Array> };

/**
 * An export of the filtered queue as the form posted it (decision 023): only with `export:create`
 * (refused and audited otherwise, even if a caller forgot the route's check); without a reason of
 * 10 characters or more, back to the form with the filters kept; else logged with its filters and
 * reason before the first row, then streamed through the queue's own where.
 */
export async function exportQueue(actor: StaffContext, form: FormData): Promise<QueueExport> {
  if (!can(actor, 'export:create')) {
    await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'access_denied', entity: 'Permission', entityId: 'export:create' });
    return { kind: 'forbidden' };
  }
  const filter = parseQueueFilter(Object.fromEntries(filterKeys.map((key) => [key, String(form.get(key) ?? '').slice(0, 200)])));
  const reason = exportReasonSchema.safeParse(String(form.get('reason') ?? ''));
  if (!reason.success) return { kind: 'reasonMissing', back: `/admin/cases/export?${filterParams(filter, { problem: 'reason' }).toString()}` };
  await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'export', entity: 'Case', detail: { reason: reason.data, filters: filterParams(filter).toString() } });
  return {
    kind: 'csv',
    stream: queueCsvStream(
      actor,
      filter,
      services.map((service) => service.kind),
    ),
  };
}
