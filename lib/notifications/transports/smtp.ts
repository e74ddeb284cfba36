import { createTransport } from 'nodemailer';
import { isLocale, languageTags } from '@/lib/i18n/locales';
import type { Transport } from './types';

/** Only well-formed text attachments reach nodemailer (the column is JSON). */
function storedAttachments(value: unknown): { filename: string; contentType: string; content: string }[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (file): file is { filename: string; contentType: string; content: string } => typeof file?.filename === 'string' && typeof file?.contentType === 'string' && typeof file?.content === 'string',
  );
}

/** Stored extra headers, only string values, and never ones that would rewrite the envelope. */
function storedHeaders(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([name, text]) => /^List-[A-Za-z-]+$/.test(name) && typeof text === 'string' && !/[\r\n]/.test(text)));
}

export type SmtpOptions = { url: string; from: string };

/**
 * Email through an SMTP server (SMTP_URL, e.g. smtp://user:pass@mail.example.org:587 or smtps://).
 * One connection per message: a city portal sends a few messages a minute, and no pooled
 * connection is left open for the dispatcher to close.
 */
export function createSmtpTransport({ url, from }: SmtpOptions): Transport {
  const mailer = createTransport({
    url,
    // Shorter than the dispatcher's 5-minute claim, so a hung server fails this attempt before
    // another instance may pick the same message up again.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
    // Messages are plain strings; never let content make nodemailer read files or URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const domain = /@([^\s>]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
  return {
    name: 'smtp',
    async send(message) {
      await mailer.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? undefined,
        attachments: storedAttachments(message.attachments).map((file) => ({
          filename: file.filename,
          content: file.content,
          contentType: file.contentType,
        })),
        // Most of our 17 languages are not in Latin script, where base64 is smaller than
        // quoted-printable.
        textEncoding: 'base64',
        // The outbox id: a retry after a lost reply carries the same Message-ID, so receiving
        // servers and staff can tell it is the same message.
        messageId: `<${message.id}@${domain}>`,
        headers: { ...storedHeaders(message.headers), 'Content-Language': isLocale(message.locale) ? languageTags[message.locale] : message.locale },
      });
    },
    close() {
      mailer.close();
    },
  };
}
