import 'server-only';
import { db } from '@/lib/db';
import { can, type StaffContext } from '@/lib/auth/guards';
import { caseWhereFor } from '@/lib/cases/access';
import { recordAudit } from '@/lib/audit/record';
import type { Locale } from '@/lib/i18n/locales';
import { resolveText } from '@/lib/i18n/localized-text';

/**
 * The consultation's own part of the staff case page: the appointment, what the resident wrote
 * and the outcome. Read through the core's rule, like the case itself; contacts only with
 * `pii:read`. Its view is logged beside the case's.
 */
export async function consultationPanel(actor: StaffContext, caseId: string, locale: Locale) {
  const withContacts = can(actor, 'pii:read');
  const booking = await db.consultationBooking.findFirst({
    where: { caseId, case: caseWhereFor(actor, 'read') },
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
      case: { select: { residentId: true } },
    },
  });
  if (!booking) return null;
  await recordAudit({
    actor: { type: 'staff', id: actor.id },
    action: 'view',
    entity: 'ConsultationBooking',
    entityId: booking.id,
    residentId: booking.case.residentId,
    detail: { fields: withContacts ? ['name', 'email', 'phone', 'problem', 'outcome'] : ['name', 'problem', 'outcome'] },
  });
  const { case: owner, ...rest } = booking;
  void owner; // read for the audit row only, never shown
  return { ...rest, topic: { title: resolveText(booking.topic.title, locale) }, center: { name: resolveText(booking.center.name, locale) } };
}
export type ConsultationPanelData = NonNullable<Awaited<ReturnType<typeof consultationPanel>>>;
