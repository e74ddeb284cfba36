import 'server-only';
import { headers } from 'next/headers';
import { db } from '@/lib/db';
import { clientIpFrom } from '@/lib/http/client-ip';

/** Every action the audit log records; the audit page offers them as a filter, each with its name. */
export const auditActions = [
  'view',
  'change',
  'export',
  'permission_change',
  'staff_invited',
  'staff_disabled',
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'access_denied',
  'change_refused',
  'form_refused',
] as const;

export type AuditAction = (typeof auditActions)[number];

export const isAuditAction = (value: string): value is AuditAction => (auditActions as readonly string[]).includes(value);

export type AuditEntry = {
  actor: { type: 'staff' | 'resident' | 'system' | 'anonymous'; id?: string };
  action: AuditAction;
  entity: string;
  entityId?: string;
  residentId?: string;
  /** What was seen or changed: field names and reasons, never the personal data itself. */
  detail?: Record<string, unknown>;
};

async function requestAddress(): Promise<string | undefined> {
  try {
    return clientIpFrom(await headers());
  } catch {
    return undefined; // outside a request (jobs, scripts)
  }
}

/**
 * Appends one row to the audit log (who, when, from where, which resident, what). The log is
 * append-only: no code path updates or deletes it, and the database refuses to (migration
 * triggers). Keep access rows 2 years and permission changes 3 years (SECURITY.md 21).
 */
export async function recordAudit(entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorType: entry.actor.type,
      actorId: entry.actor.id,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      residentId: entry.residentId,
      ip: await requestAddress(),
      detail: entry.detail ? JSON.parse(JSON.stringify(entry.detail)) : undefined,
    },
  });
}
