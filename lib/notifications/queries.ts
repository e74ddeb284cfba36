import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { maskLegacyText } from './secrets';

/**
 * The admin mail view's reads: what was sent to whom, in which language, and how it went.
 * Authorisation (and the audit of who looked) is the caller's job.
 */
const listSchema = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
  status: z.enum(['PENDING', 'SENT', 'FAILED']).optional(),
  // Addresses are stored normalised (lower case, phones without separators), so a normalised
  // search term finds them with `contains` alike on SQLite and PostgreSQL.
  to: z
    .string()
    .trim()
    .max(320)
    .transform((value) => (/^[+\d\s().-]+$/.test(value) ? value.replace(/[\s().-]/g, '') : value.toLowerCase()))
    .optional(),
});

export type ListOutboxInput = z.input<typeof listSchema>;

const rowSelect = {
  id: true,
  channel: true,
  template: true,
  locale: true,
  to: true,
  status: true,
  attempts: true,
  createdAt: true,
  sentAt: true,
  transport: true,
} satisfies Prisma.OutboxMessageSelect;

/** A message as staff see it in a list: the subject with its secrets masked (docs/decisions/010). */
export type OutboxRow = Prisma.OutboxMessageGetPayload<{ select: typeof rowSelect }> & { subject: string };

type OutboxReader = Pick<Db, 'outboxMessage'>;

// The real subject is read only for messages without a staff copy, and never returned.
const subjectSelect = { subject: true, staffSubject: true } satisfies Prisma.OutboxMessageSelect;

/** Newest first. */
export async function listOutboxMessages(db: OutboxReader, input: ListOutboxInput): Promise<{ rows: OutboxRow[]; total: number }> {
  const { page, pageSize, status, to } = listSchema.parse(input);
  const where: Prisma.OutboxMessageWhereInput = {
    ...(status ? { status } : {}),
    ...(to ? { to: { contains: to } } : {}),
  };
  const [found, total] = await Promise.all([
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { ...rowSelect, ...subjectSelect },
    }),
    db.outboxMessage.count({ where }),
  ]);
  return { rows: found.map(({ subject, staffSubject, ...row }) => ({ ...row, subject: staffSubject ?? maskLegacyText(subject) })), total };
}

const detailSelect = {
  ...rowSelect,
  lastError: true,
  nextAttemptAt: true,
  residentId: true,
  caseId: true,
  updatedAt: true,
} satisfies Prisma.OutboxMessageSelect;

/** A file sent with a message, as staff see it: its name and type, not its content. */
export type AttachmentInfo = { filename: string; contentType: string };

export type OutboxMessageDetail = Prisma.OutboxMessageGetPayload<{ select: typeof detailSelect }> & {
  subject: string;
  text: string;
  /** Null for a text message, and for an old message without a staff copy (too hard to mask safely). */
  html: string | null;
  attachments: AttachmentInfo[];
};

/**
 * One message as staff may read it: subject, text and HTML as rendered when it was queued, with
 * every secret masked (the staff copy); for a message queued before staff copies existed, the
 * text masked by pattern and no HTML. The real text, HTML and attachment content never leave
 * this function. Null if unknown.
 */
export async function getOutboxMessage(db: OutboxReader, id: string): Promise<OutboxMessageDetail | null> {
  const found = await db.outboxMessage.findUnique({
    where: { id },
    select: { ...detailSelect, ...subjectSelect, text: true, staffText: true, staffHtml: true, attachments: true },
  });
  if (!found) return null;
  const { subject, staffSubject, text, staffText, staffHtml, attachments, ...row } = found;
  return {
    ...row,
    subject: staffSubject ?? maskLegacyText(subject),
    text: staffText ?? maskLegacyText(text),
    html: staffText === null ? null : staffHtml,
    attachments: attachmentInfo(attachments),
  };
}

function attachmentInfo(value: unknown): AttachmentInfo[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((file) => (typeof file?.filename === 'string' && typeof file?.contentType === 'string' ? [{ filename: file.filename, contentType: file.contentType }] : []));
}
