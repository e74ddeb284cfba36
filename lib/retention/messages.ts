import type { Db } from '@/lib/db/client';
import type { Attachment } from '@/lib/notifications/email-layout';
import { maskLegacyText } from '@/lib/notifications/secrets';
import { templateNames, templates } from '@/lib/notifications/templates';
import { before, retention } from './periods';

const BATCH = 200;

/** Templates whose messages carry a code or a private link (each template declares its secrets). */
export const templatesWithSecrets = templateNames.filter((name) => Object.keys(templates[name].secrets).length > 0);

/**
 * Once delivered (or given up on) and past a code's lifetime, a message's stored copy becomes the
 * staff copy: every code and private link masked, also in its calendar file and its headers. Nobody needs the
 * real ones any more; a database leak then reveals none. Messages from before staff copies
 * existed are masked by pattern.
 */
export async function maskDeliveredSecrets(db: Db, now: Date): Promise<number> {
  let masked = 0;
  for (;;) {
    const rows = await db.outboxMessage.findMany({
      where: { status: { in: ['SENT', 'FAILED'] }, secretsRemovedAt: null, updatedAt: { lt: before(now, retention.secretsAfterSendMs) } },
      select: { id: true, subject: true, text: true, html: true, staffSubject: true, staffText: true, staffHtml: true, attachments: true, headers: true },
      take: BATCH,
    });
    for (const row of rows) {
      // The newsletter's List-Unsubscribe header carries a signed link.
      const headers = row.headers && typeof row.headers === 'object' ? Object.fromEntries(Object.entries(row.headers).map(([name, value]) => [name, maskLegacyText(String(value))])) : undefined;
      const attachments = Array.isArray(row.attachments) ? (row.attachments as Attachment[]).map((file) => ({ ...file, content: maskLegacyText(String(file.content ?? '')) })) : undefined;
      await db.outboxMessage.update({
        where: { id: row.id },
        data: {
          subject: row.staffSubject ?? maskLegacyText(row.subject),
          text: row.staffText ?? maskLegacyText(row.text),
          html: row.staffText !== null ? row.staffHtml : row.html === null ? null : maskLegacyText(row.html),
          ...(attachments ? { attachments } : {}),
          ...(headers ? { headers } : {}),
          secretsRemovedAt: now,
        },
      });
    }
    masked += rows.length;
    if (rows.length < BATCH) return masked;
  }
}

/** Messages past their time: 30 days for those that carried a secret, a year for the rest. */
export async function deleteOldMessages(db: Db, now: Date): Promise<number> {
  const secret = await db.outboxMessage.deleteMany({ where: { template: { in: templatesWithSecrets }, createdAt: { lt: before(now, retention.secretMessagesMs) }, status: { not: 'PENDING' } } });
  const other = await db.outboxMessage.deleteMany({ where: { createdAt: { lt: before(now, retention.messagesMs) }, status: { not: 'PENDING' } } });
  return secret.count + other.count;
}
