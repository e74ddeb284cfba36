import 'server-only';
import type { StaffContext } from '@/lib/auth/guards';
import { recordAudit, type AuditAction } from '@/lib/audit/record';

/** One audit row for a staff member's view or change; `detail` names fields and reasons, never the data. */
export function auditStaff(actor: StaffContext, action: AuditAction, entity: string, entityId?: string, extra: { residentId?: string; detail?: Record<string, unknown> } = {}) {
  return recordAudit({ actor: { type: 'staff', id: actor.id }, action, entity, entityId, ...extra });
}
