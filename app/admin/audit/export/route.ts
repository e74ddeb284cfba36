import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { staffRoute } from '@/lib/actions/staff-route';
import { auditFilterSchema, searchAuditLog } from '@/lib/staff/audit-log';
import { recordAudit } from '@/lib/audit/record';

export const dynamic = 'force-dynamic';

const reasonSchema = z.string().trim().min(10).max(500);

/**
 * The audit log search as CSV, for auditors, with a stated reason that is itself logged
 * (SECURITY.md 21), through the staff route pipeline (origin, session, permissions).
 */
export const POST = staffRoute({ permissions: ['audit:read', 'export:create'], entity: 'AuditLog' }, async (request, staff) => {
  const form = await request.formData();
  const reason = reasonSchema.safeParse(form.get('reason'));
  if (!reason.success) return new Response('A reason of at least 10 characters is required', { status: 400 });
  const filter = auditFilterSchema.parse(Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')));
  const { rows, total } = await searchAuditLog(staff, { ...filter, page: 1 });
  await recordAudit({
    actor: { type: 'staff', id: staff.id },
    action: 'export',
    entity: 'AuditLog',
    detail: { reason: reason.data, rows: rows.length, total, filter: { ...filter, page: undefined } },
  });
  const csv = stringify(
    rows.map((r) => [r.at.toISOString(), r.actor, r.action, r.entity, r.entityId ?? '', r.residentId ?? '', r.ip ?? '', r.detail]),
    {
      header: true,
      columns: ['at_utc', 'actor', 'action', 'entity', 'entity_id', 'resident_id', 'ip', 'detail'],
    },
  );
  return new Response(`\uFEFF${csv}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
