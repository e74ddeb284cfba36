import { defineCaseKind } from '../define';

/**
 * A consultation: booked (or registered at the desk) as SCHEDULED; after the meeting COMPLETED,
 * or IN_REVIEW while a follow-up is due; NO_SHOW or CANCELLED otherwise. Check-in and a
 * reschedule are events without a change of status.
 */
export const consultationKind = defineCaseKind({
  kind: 'CONSULTATION',
  referencePrefix: 'CO',
  statuses: ['SCHEDULED', 'IN_REVIEW', 'COMPLETED', 'NO_SHOW', 'CANCELLED'],
  initial: ['SCHEDULED'],
  transitions: {
    SCHEDULED: ['COMPLETED', 'IN_REVIEW', 'NO_SHOW', 'CANCELLED'],
    IN_REVIEW: ['COMPLETED'],
    COMPLETED: [],
    NO_SHOW: [],
    CANCELLED: [],
  },
  closed: ['COMPLETED', 'NO_SHOW', 'CANCELLED'],
  events: ['booked', 'walk_in', 'rescheduled', 'cancelled', 'reminder_sent', 'checked_in', 'no_show', 'outcome', 'follow_up'],
  residentEvents: ['booked', 'walk_in', 'rescheduled', 'cancelled', 'reminder_sent', 'checked_in', 'no_show', 'outcome', 'follow_up'],
  nextStep: { SCHEDULED: 'attend', IN_REVIEW: 'wait', COMPLETED: 'none', NO_SHOW: 'none', CANCELLED: 'none' },
  managePermission: 'consultations:manage',
});
