import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import type { MessageChannel } from '@/lib/db/generated/sqlite/enums';
import { locales, type Locale } from '@/lib/i18n/locales';
import { emailRecipient, phoneRecipient } from './recipients';
import { isTemplateName, renderStaffCopy, renderTemplate, type TemplateName, type TemplateParams } from './templates';
import { announceQueued } from './wake';

/** The client or an interactive transaction's client: queue in the same transaction as the change. */
export type OutboxWriter = Pick<Db, 'outboxMessage'>;

export type QueueMessageInput<N extends TemplateName> = {
  channel: MessageChannel;
  template: N;
  locale: Locale;
  to: string;
  params: TemplateParams<N>;
  residentId?: string | null;
  caseId?: string | null;
  /** Extra mail headers (the newsletter's List-Unsubscribe, RFC 8058); emails only. */
  headers?: Record<string, string>;
};

const envelopeSchema = z.discriminatedUnion('channel', [z.object({ channel: z.literal('EMAIL'), to: emailRecipient }), z.object({ channel: z.literal('SMS'), to: phoneRecipient })]);

const metaSchema = z.object({
  template: z.string().refine(isTemplateName, 'Unknown template'),
  locale: z.enum(locales),
  residentId: z.string().min(1).nullish(),
  caseId: z.string().min(1).nullish(),
});

/**
 * Renders the message in the recipient's language now and stores it as PENDING; the dispatcher
 * delivers it. Rendering at queue time means staff later read exactly what was sent, even after
 * the wording or the translations change, and a broken template fails here, in front of the caller,
 * not minutes later in the dispatcher. A second rendering with the template's secrets masked is
 * kept beside it for staff (docs/decisions/010); the dispatcher sends the real one.
 */
export async function queueMessage<N extends TemplateName>(db: OutboxWriter, input: QueueMessageInput<N>): Promise<{ id: string }> {
  const { channel, to } = envelopeSchema.parse({ channel: input.channel, to: input.to });
  const meta = metaSchema.parse(input);
  const rendered = renderTemplate(input.template, meta.locale, input.params);
  // What the mail view shows: secrets masked, so staff never read a code or a private link.
  const staff = renderStaffCopy(input.template, meta.locale, input.params);
  const row = await db.outboxMessage.create({
    data: {
      channel,
      template: meta.template,
      locale: meta.locale,
      to,
      subject: rendered.subject,
      text: rendered.text,
      // An SMS has no HTML; keeping none makes the admin view show what the phone showed.
      html: channel === 'EMAIL' ? rendered.html : null,
      // A text message carries no files.
      attachments: channel === 'EMAIL' && rendered.attachments.length ? rendered.attachments : undefined,
      staffSubject: staff.subject,
      staffText: staff.text,
      staffHtml: channel === 'EMAIL' ? staff.html : null,
      residentId: meta.residentId ?? null,
      caseId: meta.caseId ?? null,
      headers: channel === 'EMAIL' && input.headers ? input.headers : undefined,
    },
    select: { id: true },
  });
  announceQueued();
  return row;
}
