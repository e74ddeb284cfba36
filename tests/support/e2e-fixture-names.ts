/** The resident whose submitted support application e2e-fixtures.ts makes (tests/e2e/support/support-approval.spec.ts). */
export const APPROVAL_RESIDENT_EMAIL = 'approval-resident@e2e.test';
