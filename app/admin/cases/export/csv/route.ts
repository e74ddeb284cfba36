import { staffRoute } from '@/lib/actions/staff-route';
import { recordAudit } from '@/lib/audit/record';
import { filterKeys, filterParams, parseQueueFilter } from '@/lib/cases/queue/filters';
import { queueCsvStream } from '@/lib/hub/export/queue-csv';
import { exportReasonSchema } from '@/lib/hub/export/reason';
import { services } from '@/lib/registry/services';

export const dynamic = 'force-dynamic';

/**
 * The filtered queue as CSV (docs/decisions/023), through the staff route pipeline (same origin,
 * session with second factor, `export:create`). A missing or short reason goes back to the form
 * with the filters kept; otherwise the export is logged with its filters and reason before the
 * first row, and the rows stream page by page through the queue's own where.
 */
export const POST = staffRoute({ permissions: ['export:create'], entity: 'Case' }, async (request, staff) => {
  const form = await request.formData();
  const filter = parseQueueFilter(Object.fromEntries(filterKeys.map((key) => [key, String(form.get(key) ?? '').slice(0, 200)])));
  const reason = exportReasonSchema.safeParse(String(form.get('reason') ?? ''));
  if (!reason.success) {
    return new Response(null, { status: 303, headers: { Location: `/admin/cases/export?${filterParams(filter, { problem: 'reason' }).toString()}` } });
  }
  await recordAudit({ actor: { type: 'staff', id: staff.id }, action: 'export', entity: 'Case', detail: { reason: reason.data, filters: filterParams(filter).toString() } });
  const stream = queueCsvStream(
    staff,
    filter,
    services.map((service) => service.kind),
  );
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="cases-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
