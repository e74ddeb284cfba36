import { defineCaseKind } from '../define';

/**
 * An emergency support application: SUBMITTED by the resident; IN_REVIEW once a caseworker
 * takes it up; INFO_REQUESTED while it waits on the resident's answer or documents (back to
 * IN_REVIEW when they reply); APPROVED (with an amount) or REJECTED (with a reason) by someone
 * allowed to decide; PAID when the payment is recorded. The resident may withdraw it until a
 * decision. Decisions record the rule version they applied. A grant above the configured amount
 * first records `approval_requested` (staff only; the case stays where it is) and becomes APPROVED
 * when another person with `support:approve` approves it (lib/support/staff/approval.ts).
 */
export const emergencySupportKind = defineCaseKind({
  kind: 'EMERGENCY_SUPPORT',
  referencePrefix: 'ES',
  statuses: ['SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED', 'APPROVED', 'REJECTED', 'PAID', 'WITHDRAWN'],
  initial: ['SUBMITTED'],
  transitions: {
    SUBMITTED: ['IN_REVIEW', 'INFO_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'],
    IN_REVIEW: ['INFO_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'],
    INFO_REQUESTED: ['IN_REVIEW', 'REJECTED', 'WITHDRAWN'],
    APPROVED: ['PAID'],
    REJECTED: [],
    PAID: [],
    WITHDRAWN: [],
  },
  closed: ['REJECTED', 'PAID', 'WITHDRAWN'],
  events: ['submitted', 'review_started', 'info_requested', 'info_received', 'approval_requested', 'approval_declined', 'approved', 'rejected', 'paid', 'withdrawn'],
  residentEvents: ['submitted', 'review_started', 'info_requested', 'info_received', 'approved', 'rejected', 'paid', 'withdrawn'],
  nextStep: { SUBMITTED: 'wait', IN_REVIEW: 'wait', INFO_REQUESTED: 'reply', APPROVED: 'wait', REJECTED: 'none', PAID: 'none', WITHDRAWN: 'none' },
  managePermission: 'support:decide',
});
