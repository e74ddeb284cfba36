import type { Db } from '@/lib/db/client';
import * as drafts from '@/lib/drafts';
import type { PrecheckValues } from './steps';

/** Anonymous answers live a day: long enough to finish, short for what they say about a household. */
export const PRECHECK_LIFETIME_MS = 24 * 3600_000;
const PURPOSE = 'support-precheck';

export async function savePrecheck(db: drafts.DraftStore, id: string | null, values: PrecheckValues, now = new Date()) {
  return drafts.saveDraft(db, PURPOSE, id, values, { lifetimeMs: PRECHECK_LIFETIME_MS, now });
}

export async function readPrecheck(db: Pick<Db, 'formDraft'>, id: string | undefined, now = new Date()) {
  if (!id) return null;
  return drafts.readDraft<PrecheckValues>(db, PURPOSE, id, now);
}
