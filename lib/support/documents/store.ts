import crypto from 'node:crypto';
import type { Db } from '@/lib/db/client';
import { inspectUpload, type Refusal } from '@/lib/files/inspect';
import { newStorageKey, type FileStore } from '@/lib/files/storage';
import { MAX_FILES_PER_POST } from '@/lib/files/limits.mjs';

/** Enough for every paper a household could need (IDs, bills, statements, letters), and a bound on storage. */
export const MAX_DOCUMENTS = 20;
const FOLDER = 'support';

type DocumentDb = Pick<Db, 'supportDocument'>;
export type Upload = { name: string; bytes: Buffer };
/** `storage`: the checks passed but the store failed: recorded (FAILED) for staff, and the resident is told. */
export type UploadRefusal = Refusal | 'storage' | 'tooMany' | 'none';
export type UploadOutcome = { added: string[]; refused: { name: string; reason: UploadRefusal }[] };

/**
 * Checks and keeps the files of one post for an application, in order: each file is inspected
 * (lib/files/inspect), stored under a random key, then receipted as a SupportDocument row. A
 * store that fails is never silent: the row is kept as FAILED with what failed, for the case.
 */
export async function addDocuments(db: DocumentDb, store: FileStore, input: { applicationId: string; uploads: Upload[]; now: Date }): Promise<UploadOutcome> {
  const outcome: UploadOutcome = { added: [], refused: [] };
  let room = MAX_DOCUMENTS - (await db.supportDocument.count({ where: { applicationId: input.applicationId, status: 'STORED', removedAt: null } }));
  for (const [index, upload] of input.uploads.entries()) {
    if (index >= MAX_FILES_PER_POST || room <= 0) {
      outcome.refused.push({ name: upload.name.slice(0, 120), reason: 'tooMany' });
      continue;
    }
    const checked = await inspectUpload(upload);
    if (!checked.ok) {
      outcome.refused.push({ name: checked.displayName, reason: checked.reason });
      continue;
    }
    const receipt = {
      applicationId: input.applicationId,
      displayName: checked.displayName,
      mediaType: checked.mediaType,
      size: checked.bytes.length,
      convertedFrom: checked.convertedFrom ?? null,
      createdAt: input.now,
    };
    const key = newStorageKey(FOLDER, checked.extension);
    try {
      await store.put(key, checked.bytes, checked.mediaType);
    } catch (error) {
      await db.supportDocument.create({ data: { ...receipt, status: 'FAILED', failure: describeFailure(error) } });
      outcome.refused.push({ name: checked.displayName, reason: 'storage' });
      continue;
    }
    const sha256 = crypto.createHash('sha256').update(checked.bytes).digest('hex');
    try {
      await db.supportDocument.create({ data: { ...receipt, status: 'STORED', storageKey: key, sha256 } });
    } catch (error) {
      // No receipt, no file: a stored file nobody can find is removed again.
      await store.remove(key).catch(() => undefined);
      throw error;
    }
    room--;
    outcome.added.push(checked.displayName);
  }
  return outcome;
}

/** What staff are told about a store that failed: the error's kind and code, never a path or key. */
function describeFailure(error: unknown) {
  const e = error as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  return [e.name ?? 'Error', e.code, e.$metadata?.httpStatusCode].filter(Boolean).join(' ').slice(0, 200);
}

const receiptFields = { id: true, displayName: true, mediaType: true, size: true, createdAt: true, convertedFrom: true } as const;

/** The resident's receipts: the documents kept for their application, oldest first. */
export function receiptsOf(db: DocumentDb, applicationId: string) {
  return db.supportDocument.findMany({ where: { applicationId, status: 'STORED', removedAt: null }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: receiptFields });
}
export type Receipt = Awaited<ReturnType<typeof receiptsOf>>[number];

/** One stored document of this application, to stream or remove; null for another application's. */
export function storedDocument(db: DocumentDb, applicationId: string, documentId: string) {
  if (typeof documentId !== 'string' || documentId.length === 0 || documentId.length > 64) return Promise.resolve(null);
  return db.supportDocument.findFirst({ where: { id: documentId, applicationId, status: 'STORED', removedAt: null }, select: { ...receiptFields, storageKey: true } });
}

/**
 * Removes a document before the application is submitted (the caller checks that): the receipt
 * is marked removed and the bytes are deleted from the store.
 */
export async function removeDocument(db: DocumentDb, store: FileStore, input: { applicationId: string; documentId: string; now: Date }) {
  const found = await storedDocument(db, input.applicationId, input.documentId);
  if (!found?.storageKey) return false;
  const marked = await db.supportDocument.updateMany({ where: { id: found.id, removedAt: null }, data: { removedAt: input.now } });
  if (marked.count === 1) await store.remove(found.storageKey);
  return marked.count === 1;
}
