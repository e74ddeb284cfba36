import 'server-only';
import { db } from '@/lib/db';
import type { StaffContext } from '@/lib/auth/guards';
import { caseWhereFor } from '@/lib/cases/access';
import type { Locale } from '@/lib/i18n/locales';
import { resolveText } from '@/lib/i18n/localized-text';
import { parseDays } from '@/lib/time/week-days';
import { waitlistPosition } from '../waitlist-position';

/** The enrolment behind a case, read through the core's rule like the case itself; no personal data. */
export async function enrolmentPanel(actor: StaffContext, caseId: string, locale: Locale) {
  const e = await db.classEnrolment.findFirst({
    where: { caseId, case: caseWhereFor(actor, 'read') },
    select: {
      id: true,
      status: true,
      sectionId: true,
      joinedAt: true,
      offerExpiresAt: true,
      section: { select: { id: true, code: true, days: true, startTime: true, endTime: true, course: { select: { level: true } }, center: { select: { name: true } } } },
    },
  });
  if (!e) return null;
  const { section } = e;
  return {
    status: e.status,
    position: e.status === 'WAITING' ? await waitlistPosition(db, e) : null,
    offerExpiresAt: e.status === 'OFFERED' ? e.offerExpiresAt : null,
    section: {
      id: section.id,
      code: section.code,
      level: section.course.level,
      days: parseDays(section.days),
      startTime: section.startTime,
      endTime: section.endTime,
      centre: resolveText(section.center.name, locale).text,
    },
  };
}
