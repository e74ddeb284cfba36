import 'server-only';
import { db } from '@/lib/db';
import type { ResidentContext } from '@/lib/auth/guards';
import { emailChangeIdentifier } from './email-change';
import { manageToken } from '@/lib/consultations/tokens';
import type { CaseStatus, ServiceKind } from '@/lib/db/generated/sqlite/enums';

export type MyRequest = {
  reference: string;
  kind: ServiceKind;
  status: CaseStatus;
  createdAt: Date;
  updatedAt: Date;
  nextStep: NextStep;
  /** A consultation's time and the page to see or change it. */
  appointment: { startsAt: Date; managePath: string } | null;
  /** What happened, as event names and times only: staff notes are never shown here. */
  history: { type: ResidentEvent; at: Date }[];
};
export type NextStep = 'wait' | 'reply' | 'attend' | 'none';

/** The case events a resident sees in their own history. */
export const residentEvents = ['booked', 'rescheduled', 'cancelled', 'reminder_sent', 'checked_in', 'no_show', 'outcome', 'follow_up', 'walk_in'] as const;
export type ResidentEvent = (typeof residentEvents)[number];
const isResidentEvent = (type: string): type is ResidentEvent => (residentEvents as readonly string[]).includes(type);

/** What the resident should do next, by status: shown as a sentence in their language. */
function nextStepOf(status: CaseStatus): NextStep {
  switch (status) {
    case 'WAITING_FOR_RESIDENT':
      return 'reply';
    case 'SCHEDULED':
      return 'attend';
    case 'SUBMITTED':
    case 'IN_REVIEW':
    case 'APPROVED':
      return 'wait';
    default:
      return 'none';
  }
}

/** Every request of the signed-in resident, of every service, newest first. Only their own. */
export async function listMyRequests(resident: ResidentContext): Promise<MyRequest[]> {
  const rows = await db.case.findMany({
    where: { residentId: resident.id },
    orderBy: { createdAt: 'desc' },
    select: {
      reference: true,
      kind: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      booking: { select: { id: true, linkVersion: true, startsAt: true } },
      events: { orderBy: { createdAt: 'asc' }, select: { type: true, createdAt: true } },
    },
  });
  return rows.map(({ booking, events, ...row }) => ({
    ...row,
    nextStep: nextStepOf(row.status),
    appointment: booking ? { startsAt: booking.startsAt, managePath: `/consultations/manage/${manageToken(booking)}` } : null,
    history: events.filter((event) => isResidentEvent(event.type)).map((event) => ({ type: event.type as ResidentEvent, at: event.createdAt })),
  }));
}

/** The resident's own contact details, for the settings page. */
export async function getMyProfile(resident: ResidentContext) {
  return db.resident.findUniqueOrThrow({
    where: { id: resident.id },
    select: { email: true, phone: true, preferredLocale: true, name: true },
  });
}

/** The address a still-valid change link would confirm, to name it on the confirmation page. */
export async function pendingEmailChange(token: string): Promise<string | null> {
  if (token.length < 20 || token.length > 100) return null;
  const pending = await db.residentVerification.findFirst({ where: { identifier: emailChangeIdentifier(token), expiresAt: { gt: new Date() } }, select: { value: true } });
  if (!pending) return null;
  try {
    const parsed = JSON.parse(pending.value) as { newEmail?: unknown };
    return typeof parsed.newEmail === 'string' ? parsed.newEmail : null;
  } catch {
    return null;
  }
}
