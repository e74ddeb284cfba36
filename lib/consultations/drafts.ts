import type { Db } from '@/lib/db/client';
import * as drafts from '@/lib/drafts';
import { isChannel, type Channel } from './schema';

/** A booking draft lives a day: long enough to finish on a slow evening, short for personal data at rest. */
export const DRAFT_LIFETIME_MS = 24 * 3600_000;
const PURPOSE = 'consultation-booking';

export { isDraftId } from '@/lib/drafts';

export type DraftChoice = { locale: string; topicId: string; language: string; channel: Channel; slotId: string };
export type BookingDraft = DraftChoice & { id: string; values: Record<string, string>; expiresAt: Date };

/**
 * Saves the answers so far in the shared draft store. An existing draft keeps its id (the
 * idempotency key) while the person goes back and forth; one already turned into a booking is
 * never changed again (a new draft is started instead).
 */
export async function saveDraft(db: Pick<Db, 'formDraft' | 'consultationBooking'>, id: string | null, choice: DraftChoice, values: Record<string, string>, now = new Date()) {
  const frozen = id ? Boolean(await db.consultationBooking.findUnique({ where: { draftId: id }, select: { id: true } })) : false;
  return drafts.saveDraft(db, PURPOSE, id, { ...choice, answers: values }, { lifetimeMs: DRAFT_LIFETIME_MS, now, frozen });
}

export async function readDraft(db: Pick<Db, 'formDraft'>, id: string, now = new Date()): Promise<BookingDraft | null> {
  const draft = await drafts.readDraft<Partial<DraftChoice> & { answers?: Record<string, string> }>(db, PURPOSE, id, now);
  if (!draft) return null;
  const { locale, topicId, language, channel, slotId, answers } = draft.values;
  if (!locale || !topicId || !language || !isChannel(channel) || !slotId) return null;
  return { id: draft.id, locale, topicId, language, channel, slotId, values: answers ?? {}, expiresAt: draft.expiresAt };
}

export { deleteExpiredDrafts } from '@/lib/drafts';
