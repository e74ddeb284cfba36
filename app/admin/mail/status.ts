import type { OutboxRow } from '@/lib/notifications/queries';

/**
 * A message "sent" through transport none never left the machine (no SMTP_URL): staff must not
 * tell a resident it was sent. Its key under Admin.mail and the tone of its tag.
 */
export function deliveryStatus(message: Pick<OutboxRow, 'status' | 'transport'>) {
  if (message.status === 'SENT' && message.transport === 'none') return { key: 'kept', tone: 'warning' } as const;
  return { key: `status.${message.status}`, tone: ({ SENT: 'success', PENDING: 'info', FAILED: 'error' } as const)[message.status] } as const;
}
