import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { assertCan, type StaffContext } from '@/lib/auth/guards';

// The audit log as staff search and export it. Not in lib/audit: recording is the layer every
// domain writes to, sign-in included, so it must not depend on the guards that this search needs.

export const auditFilterSchema = z.object({
  actor: z.string().trim().max(254).optional().catch(undefined),
  resident: z.string().trim().max(64).optional().catch(undefined),
  action: z.string().trim().max(40).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const AUDIT_PAGE_SIZE = 50;

/** Search the audit log: administrators and auditors only. Newest first. */
export async function searchAuditLog(actor: StaffContext, filter: AuditFilter) {
  assertCan(actor, 'audit:read');
  let actorIds: string[] | undefined;
  if (filter.actor) {
    const matches = await db.staffUser.findMany({ where: { email: filter.actor.toLowerCase() }, select: { id: true } });
    actorIds = [filter.actor, ...matches.map((m) => m.id)];
  }
  const where = {
    ...(actorIds ? { actorId: { in: actorIds } } : {}),
    ...(filter.resident ? { residentId: filter.resident } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to
      ? { at: { ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00+09:00`) } : {}), ...(filter.to ? { lt: new Date(new Date(`${filter.to}T00:00:00+09:00`).getTime() + 86_400_000) } : {}) } }
      : {}),
  };
  const [rows, total] = await Promise.all([db.auditLog.findMany({ where, orderBy: { at: 'desc' }, skip: (filter.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }), db.auditLog.count({ where })]);
  const names = new Map(
    (await db.staffUser.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.actorId).filter((id): id is string => Boolean(id)))] } }, select: { id: true, email: true } })).map((s) => [
      s.id,
      s.email,
    ]),
  );
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actorId ? (names.get(r.actorId) ?? r.actorId) : r.actorType,
      actorType: r.actorType,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      residentId: r.residentId,
      ip: r.ip,
      detail: r.detail ? JSON.stringify(r.detail) : '',
    })),
  };
}
