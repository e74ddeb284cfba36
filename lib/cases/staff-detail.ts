import 'server-only';
import { db } from '@/lib/db';
import { can, type StaffContext } from '@/lib/auth/guards';
import { recordAudit } from '@/lib/audit/record';
import type { Locale } from '@/lib/i18n/locales';
import { resolveText } from '@/lib/i18n/localized-text';

/** Whether a staff member may open a case: any case, their own, or any consultation for consultation staff. */
export function mayReadCase(actor: StaffContext, found: { kind: string; assigneeId: string | null }): boolean {
  return (
    can(actor, 'case:read:any') ||
    (can(actor, 'case:read:assigned') && found.assigneeId === actor.id) ||
    (can(actor, 'consultations:manage') && found.kind === 'CONSULTATION')
  );
}

type Loaded = NonNullable<Awaited<ReturnType<typeof load>>>;

/** Staff-written titles resolved in the reader's language; the rest as loaded. */
function shape(detail: Loaded, locale: Locale) {
  return {
    ...detail,
    service: detail.service ? { title: resolveText(detail.service.title, locale) } : null,
    booking: detail.booking
      ? { ...detail.booking, topic: { title: resolveText(detail.booking.topic.title, locale) }, center: { name: resolveText(detail.booking.center.name, locale) } }
      : null,
  };
}

export type CaseDetail = ReturnType<typeof shape>;
export type CaseDetailResult = { kind: 'missing' } | { kind: 'denied' } | { kind: 'found'; detail: CaseDetail };

function load(id: string, withContacts: boolean) {
  return db.case.findUnique({
    where: { id },
    select: {
      id: true,
      reference: true,
      kind: true,
      status: true,
      locale: true,
      createdAt: true,
      closedAt: true,
      assigneeId: true,
      assignee: { select: { name: true } },
      service: { select: { title: true } },
      resident: { select: { id: true, name: true, email: withContacts, phone: withContacts } },
      booking: {
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          status: true,
          channel: true,
          language: true,
          interpreterNeeded: true,
          name: true,
          email: withContacts,
          phone: withContacts,
          problem: true,
          walkIn: true,
          outcome: true,
          followUpOn: true,
          topic: { select: { title: true } },
          counsellor: { select: { name: true } },
          center: { select: { name: true } },
          slot: { select: { closed: true } },
        },
      },
      events: {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true, type: true, fromStatus: true, toStatus: true, note: true, data: true, createdAt: true, actor: { select: { name: true } } },
      },
    },
  });
}

/**
 * One case as the staff case page shows it, with its timeline oldest first. Contact details only
 * for staff with `pii:read`. Opening it is logged as a view of the resident's data.
 */
export async function caseForStaff(actor: StaffContext, id: string, locale: Locale = actor.locale): Promise<CaseDetailResult> {
  const found = await db.case.findUnique({ where: { id }, select: { kind: true, assigneeId: true, residentId: true } });
  if (!found) return { kind: 'missing' };
  if (!mayReadCase(actor, found)) {
    await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'access_denied', entity: 'Case', entityId: id });
    return { kind: 'denied' };
  }
  const withContacts = can(actor, 'pii:read');
  const detail = await load(id, withContacts);
  if (!detail) return { kind: 'missing' };
  await recordAudit({
    actor: { type: 'staff', id: actor.id },
    action: 'view',
    entity: 'Case',
    entityId: id,
    residentId: found.residentId,
    detail: { fields: withContacts ? ['name', 'email', 'phone', 'problem', 'outcome'] : ['name', 'problem', 'outcome'] },
  });
  return { kind: 'found', detail: shape(detail, locale) };
}
