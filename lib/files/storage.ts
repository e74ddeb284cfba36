import crypto from 'node:crypto';
import path from 'node:path';
import { LocalFileStore } from './local-store';

/**
 * Where uploaded files live, for every service (support documents now, newsletter images next).
 * Keys are made here, random, never from a name a person typed; the store needs nothing else.
 */
export interface FileStore {
  put(key: string, bytes: Buffer, mediaType: string): Promise<void>;
  /** The bytes, as a web stream for a response; null when the key is not there. */
  open(key: string): Promise<ReadableStream<Uint8Array> | null>;
  remove(key: string): Promise<void>;
}

/** `<folder>/<32 hex>.<ext>`: the folder names the service, the extension the checked type. */
export function newStorageKey(folder: string, extension: string): string {
  if (!/^[a-z][a-z0-9-]{0,30}$/.test(folder) || !/^[a-z0-9]{1,5}$/.test(extension)) throw new Error('Invalid storage key part');
  return `${folder}/${crypto.randomBytes(16).toString('hex')}.${extension}`;
}

/** Only keys this module made; a stored key is checked again before it becomes a path or object name. */
export const isStorageKey = (key: string) => /^[a-z][a-z0-9-]{0,30}\/[0-9a-f]{32}\.[a-z0-9]{1,5}$/.test(key);

let configured: Promise<FileStore> | null = null;

/**
 * The store the environment names: an S3-compatible bucket when FILE_STORE=s3 (S3_BUCKET,
 * S3_REGION, S3_ENDPOINT for other providers, credentials from the SDK's usual variables), or
 * the local disk under UPLOAD_DIR (data/uploads by default, outside public/ so nothing is served
 * without the access checks of its route). The S3 SDK is loaded only when it is the store.
 */
export function fileStore(env: NodeJS.ProcessEnv = process.env): Promise<FileStore> {
  configured ??= makeStore(env);
  return configured;
}

async function makeStore(env: NodeJS.ProcessEnv): Promise<FileStore> {
  if (env.FILE_STORE !== 's3') return new LocalFileStore(path.resolve(env.UPLOAD_DIR ?? path.join(process.cwd(), 'data', 'uploads')));
  if (!env.S3_BUCKET) throw new Error('FILE_STORE=s3 needs S3_BUCKET');
  const { S3FileStore } = await import('./s3-store');
  return new S3FileStore({ bucket: env.S3_BUCKET, region: env.S3_REGION ?? 'us-east-1', endpoint: env.S3_ENDPOINT, forcePathStyle: Boolean(env.S3_ENDPOINT) });
}
