import type { Db } from '@/lib/db/client';
import { inspectPicture, type Refusal } from '@/lib/files/inspect';
import { newStorageKey, type FileStore } from '@/lib/files/storage';
import { parsePicture, PICTURE_FOLDER, uploadReference, keyOfFileName, type Rendition } from './reference';
import { renditionsOf } from './renditions';

type PictureDb = Pick<Db, 'newsletterArticle'>;
export type PictureRefusal = Refusal | 'none' | 'notFound' | 'storage';
export type PictureOutcome = { ok: true; width: number; height: number } | { ok: false; reason: PictureRefusal };

/**
 * Gives an article its picture: checked by content (lib/files inspectPicture), re-encoded as
 * WebP renditions without metadata, each stored under its own random key, then named in the
 * article's `image`. The picture it replaces is removed from the store afterwards; a store that
 * fails leaves the article as it was and removes what was already written.
 */
export async function attachPicture(db: PictureDb, store: FileStore, input: { articleId: string; upload: { name: string; bytes: Buffer } | null }): Promise<PictureOutcome> {
  if (!input.upload || input.upload.bytes.length === 0) return { ok: false, reason: 'none' };
  const article = await db.newsletterArticle.findUnique({ where: { id: input.articleId }, select: { id: true, image: true } });
  if (!article) return { ok: false, reason: 'notFound' };
  const checked = await inspectPicture(input.upload);
  if (!checked.ok) return { ok: false, reason: checked.reason };
  const renditions: Rendition[] = [];
  try {
    for (const rendition of await renditionsOf(checked.bytes)) {
      const key = newStorageKey(PICTURE_FOLDER, 'webp');
      await store.put(key, rendition.bytes, 'image/webp');
      renditions.push({ key, width: rendition.width, height: rendition.height });
    }
  } catch {
    await Promise.all(renditions.map((r) => store.remove(r.key).catch(() => undefined)));
    return { ok: false, reason: 'storage' };
  }
  await db.newsletterArticle.update({ where: { id: article.id }, data: { image: uploadReference(renditions) } });
  const previous = parsePicture(article.image);
  if (previous?.kind === 'upload') await Promise.all(previous.renditions.map((r) => store.remove(r.key).catch(() => undefined)));
  return { ok: true, width: renditions[0]!.width, height: renditions[0]!.height };
}

/**
 * Who may see a stored rendition: anyone once its article can be read publicly (issue published
 * and a version published), otherwise only staff who edit the newsletter. Null: no such picture.
 */
export async function pictureToServe(db: PictureDb, fileName: string): Promise<{ key: string; isPublic: boolean } | null> {
  const key = keyOfFileName(fileName);
  if (!key) return null;
  const article = await db.newsletterArticle.findFirst({
    where: { image: { contains: `${key}@` } },
    select: { image: true, issue: { select: { status: true } }, versions: { where: { status: 'PUBLISHED' }, select: { id: true }, take: 1 } },
  });
  const picture = parsePicture(article?.image);
  if (!article || picture?.kind !== 'upload' || !picture.renditions.some((r) => r.key === key)) return null;
  return { key, isPublic: article.issue.status === 'PUBLISHED' && article.versions.length > 0 };
}
