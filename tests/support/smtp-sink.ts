import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerError } from 'smtp-server';

/**
 * A real SMTP server on 127.0.0.1 (a free port) that keeps what it receives, for tests that send
 * mail through nodemailer end to end. It can refuse the next N messages with a temporary error
 * (451) to exercise retries. mailparser cannot be installed from this registry (a dependency's
 * version is missing): the small MIME reader below handles what nodemailer writes
 * (multipart/mixed and /alternative, base64 or quoted-printable, RFC 2047 subjects, attachments).
 */
export type ReceivedMail = {
  from: string;
  to: string[];
  /** The message as received (RFC 822). */
  raw: string;
  /** Top-level headers, names in lower case, folded lines joined, encoded words decoded. */
  headers: Record<string, string>;
  subject: string;
  text: string;
  html: string;
  /** Files sent with the message (calendar files), decoded as UTF-8 text. */
  attachments: { filename: string; contentType: string; content: string }[];
};

export type SmtpSink = {
  /** For SMTP_URL / createSmtpTransport, e.g. smtp://127.0.0.1:41234 */
  url: string;
  port: number;
  messages: ReceivedMail[];
  /** Answer the next `count` messages with "451 Try again later". */
  rejectNext(count: number): void;
  clear(): void;
  stop(): Promise<void>;
};

export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  let rejecting = 0;

  const server = new SMTPServer({
    authOptional: true,
    // Plain TCP: nodemailer would otherwise upgrade to TLS with the server's self-signed certificate.
    disabledCommands: ['STARTTLS'],
    // A reverse DNS lookup of 127.0.0.1 per connection cost about 0.4 s here (no resolver answers).
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (rejecting > 0) {
          rejecting--;
          const error: SMTPServerError = new Error('Try again later');
          error.responseCode = 451;
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const mailFrom = session.envelope.mailFrom;
        messages.push({
          from: mailFrom ? mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          ...parseMail(raw),
        });
        callback();
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const boundPort = (server.server.address() as AddressInfo).port;

  return {
    url: `smtp://127.0.0.1:${boundPort}`,
    port: boundPort,
    messages,
    rejectNext(count) {
      rejecting = count;
    },
    clear() {
      messages.length = 0;
      rejecting = 0;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Part = { headers: Record<string, string>; body: string };

function splitPart(raw: string): Part {
  const normalized = raw.replace(/\r\n/g, '\n');
  const end = normalized.indexOf('\n\n');
  const head = end === -1 ? normalized : normalized.slice(0, end);
  const body = end === -1 ? '' : normalized.slice(end + 2);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    headers[name] ??= decodeWords(line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** RFC 2047 encoded words (=?UTF-8?B?...?= and =?UTF-8?Q?...?=); adjacent ones join without space. */
export function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_match, _charset: string, encoding: string, data: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  const text = value.replace(/=\n/g, '');
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeBody(part: Part): string {
  const encoding = (part.headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  return part.body;
}

function parseMail(raw: string): Pick<ReceivedMail, 'headers' | 'subject' | 'text' | 'html' | 'attachments'> {
  const top = splitPart(raw);
  const found = { text: '', html: '' };
  const attachments: ReceivedMail['attachments'] = [];
  const visit = (part: Part) => {
    const type = part.headers['content-type'] ?? 'text/plain';
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (type.toLowerCase().startsWith('multipart/') && boundary) {
      const sections = part.body.split(`--${boundary}`).slice(1);
      for (const section of sections) {
        if (section.startsWith('--')) break; // closing delimiter
        visit(splitPart(section.replace(/^\n/, '')));
      }
    } else if (/attachment/i.test(part.headers['content-disposition'] ?? '')) {
      const disposition = part.headers['content-disposition'] ?? '';
      const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? /name="?([^";]+)"?/i.exec(type)?.[1] ?? '';
      attachments.push({ filename, contentType: type, content: decodeBody(part) });
    } else if (type.toLowerCase().startsWith('text/html')) {
      found.html ||= decodeBody(part);
    } else if (type.toLowerCase().startsWith('text/plain')) {
      found.text ||= decodeBody(part);
    }
  };
  visit(top);
  return { headers: top.headers, subject: top.headers.subject ?? '', ...found, attachments };
}
