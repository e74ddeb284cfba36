import { defineCaseKind } from '../define';

/**
 * An enrolment in a Korean class section (docs/decisions/016). A resident enrols (ENROLLED) or,
 * when the section is full, joins its waitlist (WAITING). A freed seat is OFFERED to the first
 * person waiting, held for them until the offer expires; they accept (ENROLLED) or decline, or the
 * offer lapses (EXPIRED) and passes on. An enrolled student may withdraw or be removed by staff
 * (WITHDRAWN), and finishes the course (COMPLETED). In a lottery section (docs/decisions/024) a
 * resident applies (APPLIED, no seat) and the draw enrols or waitlists them.
 */
export const koreanClassKind = defineCaseKind({
  kind: 'KOREAN_CLASS',
  referencePrefix: 'KC',
  statuses: ['APPLIED', 'WAITING', 'OFFERED', 'ENROLLED', 'DECLINED', 'EXPIRED', 'WITHDRAWN', 'COMPLETED'],
  initial: ['ENROLLED', 'WAITING', 'APPLIED'],
  transitions: {
    APPLIED: ['ENROLLED', 'WAITING', 'WITHDRAWN'],
    WAITING: ['OFFERED', 'WITHDRAWN'],
    OFFERED: ['ENROLLED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'],
    ENROLLED: ['WITHDRAWN', 'COMPLETED'],
    DECLINED: [],
    EXPIRED: [],
    WITHDRAWN: [],
    COMPLETED: [],
  },
  closed: ['DECLINED', 'EXPIRED', 'WITHDRAWN', 'COMPLETED'],
  events: ['applied', 'enrolled', 'waitlisted', 'offered', 'accepted', 'declined', 'offer_expired', 'withdrawn', 'left_waitlist', 'removed', 'moved', 'completed'],
  residentEvents: ['applied', 'enrolled', 'waitlisted', 'offered', 'accepted', 'declined', 'offer_expired', 'withdrawn', 'left_waitlist', 'removed', 'moved', 'completed'],
  nextStep: { APPLIED: 'wait', WAITING: 'wait', OFFERED: 'reply', ENROLLED: 'attend', DECLINED: 'none', EXPIRED: 'none', WITHDRAWN: 'none', COMPLETED: 'none' },
  managePermission: 'classes:manage',
});

export type EnrolmentStatus = (typeof koreanClassKind.statuses)[number];
/** The statuses that hold a place: a seat (offered, enrolled), a place in the queue (waiting) or in the draw (applied). */
export const activeStatuses: readonly EnrolmentStatus[] = ['APPLIED', 'WAITING', 'OFFERED', 'ENROLLED'];
