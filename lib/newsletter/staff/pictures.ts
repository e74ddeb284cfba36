import 'server-only';
import { db } from '@/lib/db';
import type { StaffContext } from '@/lib/auth/guards';
import { recordAudit } from '@/lib/audit/record';
import { fileStore } from '@/lib/files/storage';
import { refused, type DataResult } from '@/lib/forms/result';
import { attachPicture, type PictureRefusal } from '../pictures/upload';

/** An editor's upload of an article's picture (newsletter:edit; the action checks it), audited. */
export async function uploadArticlePicture(actor: StaffContext, input: { articleId: string; upload: { name: string; bytes: Buffer } | null }): Promise<DataResult<object, PictureRefusal>> {
  const outcome = await attachPicture(db, await fileStore(), input);
  if (!outcome.ok) return refused(outcome.reason);
  await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'change', entity: 'NewsletterArticle', entityId: input.articleId, detail: { picture: `${outcome.width}x${outcome.height}` } });
  return { ok: true };
}
