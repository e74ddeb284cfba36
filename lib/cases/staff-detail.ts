import 'server-only';
import { db } from '@/lib/db';
import { can, type StaffContext } from '@/lib/auth/guards';
import { recordAudit } from '@/lib/audit/record';
import type { Locale } from '@/lib/i18n/locales';
import { resolveText } from '@/lib/i18n/localized-text';
import { caseExists, findCaseFor } from './access';

/**
 * One case as the staff case page shows it, whatever its kind: the shared part (reference,
 * status, assignee, the resident, the timeline oldest first). The kind's own panel loads its own
 * details (lib/registry). Contact details only for staff with `pii:read`. Opening it is logged as a
 * view of the resident's data; a case that is not the viewer's is refused and logged.
 */
export type CaseDetailResult = { kind: 'missing' } | { kind: 'denied' } | { kind: 'found'; detail: CaseDetail };

function load(id: string, withContacts: boolean) {
  return db.case.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      reference: true,
      kind: true,
      status: true,
      locale: true,
      createdAt: true,
      closedAt: true,
      assignee: { select: { id: true, name: true } },
      pendingAssignee: { select: { id: true, name: true } },
      service: { select: { title: true } },
      resident: { select: { id: true, name: true, email: withContacts, phone: withContacts } },
      events: {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true, type: true, fromStatus: true, toStatus: true, note: true, data: true, createdAt: true, actor: { select: { name: true } } },
      },
    },
  });
}

function shape(detail: Awaited<ReturnType<typeof load>>, locale: Locale) {
  return { ...detail, service: detail.service ? { title: resolveText(detail.service.title, locale) } : null };
}
export type CaseDetail = ReturnType<typeof shape>;

export async function caseForStaff(actor: StaffContext, id: string, locale: Locale = actor.locale): Promise<CaseDetailResult> {
  const found = await findCaseFor(actor, id, 'read');
  if (!found) {
    if (!(await caseExists(id))) return { kind: 'missing' };
    await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'access_denied', entity: 'Case', entityId: id });
    return { kind: 'denied' };
  }
  const withContacts = can(actor, 'pii:read');
  const detail = await load(id, withContacts);
  await recordAudit({
    actor: { type: 'staff', id: actor.id },
    action: 'view',
    entity: 'Case',
    entityId: id,
    residentId: found.residentId,
    detail: { fields: withContacts ? ['name', 'email', 'phone'] : ['name'] },
  });
  return { kind: 'found', detail: shape(detail, locale) };
}
