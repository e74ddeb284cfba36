import crypto from 'node:crypto';
import type { Db } from '@/lib/db/client';
import type { Channel } from './schema';

/** A draft lives a day: long enough to finish on a slow evening, short for personal data at rest. */
export const DRAFT_LIFETIME_MS = 24 * 3600_000;

export const newDraftId = () => crypto.randomBytes(18).toString('base64url');
export const isDraftId = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{24}$/.test(value);

export type DraftChoice = { locale: string; topicId: string; language: string; channel: Channel; slotId: string };

/**
 * Saves the answers so far. An existing draft keeps its id (the idempotency key) while the person
 * goes back and forth; one already turned into a booking is never changed again.
 */
export async function saveDraft(db: Pick<Db, 'consultationDraft' | 'consultationBooking'>, id: string | null, choice: DraftChoice, values: Record<string, string>, now = new Date()) {
  const expiresAt = new Date(now.getTime() + DRAFT_LIFETIME_MS);
  if (id) {
    const used = await db.consultationBooking.findUnique({ where: { draftId: id }, select: { id: true } });
    if (!used) {
      const updated = await db.consultationDraft.updateMany({ where: { id, expiresAt: { gt: now } }, data: { ...choice, values, expiresAt } });
      if (updated.count === 1) return id;
    }
  }
  const fresh = newDraftId();
  await db.consultationDraft.create({ data: { id: fresh, ...choice, values, expiresAt } });
  return fresh;
}

export async function readDraft(db: Pick<Db, 'consultationDraft'>, id: string, now = new Date()) {
  if (!isDraftId(id)) return null;
  const draft = await db.consultationDraft.findUnique({ where: { id } });
  return draft && draft.expiresAt > now ? draft : null;
}

/** Drafts past their time are deleted with the personal data in them (a daily job). */
export async function deleteExpiredDrafts(db: Pick<Db, 'consultationDraft'>, now = new Date()) {
  const { count } = await db.consultationDraft.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
