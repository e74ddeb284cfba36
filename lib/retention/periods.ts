/**
 * How long each kind of record serves its purpose (SECURITY 21-22, docs/decisions/020). Past
 * these, the retention job deletes it for good and counts what it deleted in its run.
 */
const DAY_MS = 86_400_000;

export const retention = {
  /** A delivered message keeps its codes and links until the codes have expired (10 minutes); then they are masked. */
  secretsAfterSendMs: 15 * 60_000,
  /** Messages that carried a code or a private link: staff can see that one was sent, for 30 days. */
  secretMessagesMs: 30 * DAY_MS,
  /** Other messages (confirmations, reminders): a year of "did they get it?". */
  messagesMs: 365 * DAY_MS,
  /** Audit entries: access and other actions 2 years, permission changes 3 years. */
  accessAuditMs: 2 * 365 * DAY_MS,
  permissionAuditMs: 3 * 365 * DAY_MS,
} as const;

/** The audit actions kept as permission changes (3 years); the SQL triggers list the same names. */
export const permissionAuditActions = ['permission_change', 'staff_invited', 'staff_disabled'] as const;

export const before = (now: Date, ms: number) => new Date(now.getTime() - ms);
