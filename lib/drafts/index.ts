import crypto from 'node:crypto';
import type { Db } from '@/lib/db/client';
import { cleanMultiline } from '@/lib/text/clean';

/**
 * Save and return for any multi-step form: the answers so far live on the server under a random
 * id that the form carries (a hidden field or the URL), so the flow works without JavaScript,
 * survives a reload and can be resumed later. The id doubles as the idempotency key of whatever
 * the draft becomes: a repeated submit finds the record already made from it.
 */
export type DraftStore = Pick<Db, 'formDraft'>;
export type DraftValues = Record<string, unknown>;

export const newDraftId = () => crypto.randomBytes(18).toString('base64url');
export const isDraftId = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{24}$/.test(value);

export type Draft<V extends DraftValues = DraftValues> = { id: string; purpose: string; values: V; expiresAt: Date };

/**
 * Saves the values under the draft's id, or under a new id when there is none, it has expired, or
 * `frozen` says it was already turned into a record (it must then never change again).
 */
export async function saveDraft(
  db: DraftStore,
  purpose: string,
  id: string | null,
  values: DraftValues,
  { lifetimeMs, now = new Date(), frozen = false }: { lifetimeMs: number; now?: Date; frozen?: boolean },
): Promise<string> {
  const expiresAt = new Date(now.getTime() + lifetimeMs);
  // Strings without control characters: a NUL is refused by PostgreSQL's JSON, and a draft is
  // saved before its values are checked (the check page shows what was typed).
  const json = JSON.parse(JSON.stringify(values, (_key, value: unknown) => (typeof value === 'string' ? cleanMultiline(value) : value)));
  if (id && isDraftId(id) && !frozen) {
    const updated = await db.formDraft.updateMany({ where: { id, purpose, expiresAt: { gt: now } }, data: { values: json, expiresAt } });
    if (updated.count === 1) return id;
  }
  const fresh = newDraftId();
  await db.formDraft.create({ data: { id: fresh, purpose, values: json, expiresAt } });
  return fresh;
}

/** The draft of this purpose, while it lasts; null for a malformed, foreign, unknown or expired id. */
export async function readDraft<V extends DraftValues = DraftValues>(db: DraftStore, purpose: string, id: string, now = new Date()): Promise<Draft<V> | null> {
  if (!isDraftId(id)) return null;
  const draft = await db.formDraft.findUnique({ where: { id } });
  if (!draft || draft.purpose !== purpose || draft.expiresAt <= now) return null;
  return { id: draft.id, purpose: draft.purpose, values: (draft.values ?? {}) as V, expiresAt: draft.expiresAt };
}

/** Drafts past their time are deleted with the personal data in them (the clean-up job). */
export async function deleteExpiredDrafts(db: DraftStore, now = new Date()): Promise<number> {
  const { count } = await db.formDraft.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
