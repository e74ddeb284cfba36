import type { Db } from '@/lib/db/client';
import { siteUrl } from '@/lib/http/site-url';
import { resolveText } from '@/lib/i18n/localized-text';
import { queueMessage } from '@/lib/notifications/outbox';
import { recipientLocale } from '@/lib/notifications/templates';
import type { ClassLevel } from '@/lib/db/generated/sqlite/enums';

type Tx = Pick<Db, 'outboxMessage' | 'classEnrolment' | 'resident'>;

export const enrolmentForMessageInclude = {
  case: { select: { reference: true } },
  section: { include: { course: { select: { level: true } }, term: { select: { year: true, number: true, startsOn: true } }, center: { select: { name: true, address: true } } } },
} as const;

type EnrolmentForMessage = {
  id: string;
  caseId: string;
  residentId: string;
  locale: string;
  case: { reference: string };
  section: {
    id: string;
    days: unknown;
    startTime: string;
    endTime: string;
    closesAt: Date;
    course: { level: ClassLevel };
    term: { year: number; number: number; startsOn: Date };
    center: { name: unknown; address: unknown };
  };
};

type Message = { template: 'classEnrolled' } | { template: 'classApplied' } | { template: 'classWaitlisted'; position: number } | { template: 'classOffered'; expiresAt: Date };

/**
 * Queues a message about an enrolment in the language the resident enrolled in, inside the
 * transaction that made the change: no seat, place or offer exists without its email.
 */
export async function queueEnrolmentMessage(tx: Tx, enrolment: EnrolmentForMessage, message: Message) {
  const resident = await tx.resident.findUnique({ where: { id: enrolment.residentId }, select: { email: true } });
  if (!resident?.email) return;
  const locale = recipientLocale(enrolment.locale);
  const { section } = enrolment;
  const base = {
    reference: enrolment.case.reference,
    level: section.course.level,
    termYear: section.term.year,
    termNumber: section.term.number,
    days: Array.isArray(section.days) ? (section.days as number[]) : [],
    startTime: section.startTime,
    endTime: section.endTime,
    centreName: resolveText(section.center.name, locale).text,
    centreAddress: resolveText(section.center.address, locale).text,
    startsOn: section.term.startsOn,
    sectionUrl: `${siteUrl()}/${locale}/classes/${section.id}`,
  };
  const common = { channel: 'EMAIL' as const, to: resident.email, locale, residentId: enrolment.residentId, caseId: enrolment.caseId };
  if (message.template === 'classWaitlisted') await queueMessage(tx, { ...common, template: 'classWaitlisted', params: { ...base, position: message.position } });
  else if (message.template === 'classOffered') await queueMessage(tx, { ...common, template: 'classOffered', params: { ...base, expiresAt: message.expiresAt } });
  else if (message.template === 'classApplied') await queueMessage(tx, { ...common, template: 'classApplied', params: { ...base, closesAt: section.closesAt } });
  else await queueMessage(tx, { ...common, template: 'classEnrolled', params: base });
}
