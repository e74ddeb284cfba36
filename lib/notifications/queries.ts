import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';

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
  subject: true,
  status: true,
  attempts: true,
  createdAt: true,
  sentAt: true,
  transport: true,
} satisfies Prisma.OutboxMessageSelect;

export type OutboxRow = Prisma.OutboxMessageGetPayload<{ select: typeof rowSelect }>;

type OutboxReader = Pick<Db, 'outboxMessage'>;

/** Newest first. */
export async function listOutboxMessages(db: OutboxReader, input: ListOutboxInput): Promise<{ rows: OutboxRow[]; total: number }> {
  const { page, pageSize, status, to } = listSchema.parse(input);
  const where: Prisma.OutboxMessageWhereInput = {
    ...(status ? { status } : {}),
    ...(to ? { to: { contains: to } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: rowSelect,
    }),
    db.outboxMessage.count({ where }),
  ]);
  return { rows, total };
}

const detailSelect = {
  ...rowSelect,
  text: true,
  html: true,
  lastError: true,
  nextAttemptAt: true,
  residentId: true,
  caseId: true,
  updatedAt: true,
} satisfies Prisma.OutboxMessageSelect;

export type OutboxMessageDetail = Prisma.OutboxMessageGetPayload<{ select: typeof detailSelect }>;

/** One message with its text and HTML exactly as rendered when it was queued; null if unknown. */
export async function getOutboxMessage(db: OutboxReader, id: string): Promise<OutboxMessageDetail | null> {
  return db.outboxMessage.findUnique({ where: { id }, select: detailSelect });
}
