import fs from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { isStorageKey, type FileStore } from './storage';

/** Files on the local disk, one per key, written to a temporary name and renamed so none is ever half there. */
export class LocalFileStore implements FileStore {
  constructor(readonly root: string) {}

  private pathOf(key: string) {
    if (!isStorageKey(key)) throw new Error('Invalid storage key');
    return path.join(this.root, key);
  }

  // The type is not kept on disk: the receipt row holds it.
  async put(key: string, bytes: Buffer, ...[]: [mediaType?: string]) {
    const target = this.pathOf(key);
    await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    const temporary = `${target}.part`;
    await fs.writeFile(temporary, bytes, { mode: 0o600, flag: 'wx' });
    await fs.rename(temporary, target);
  }

  async open(key: string) {
    const target = this.pathOf(key);
    try {
      await fs.access(target);
    } catch {
      return null;
    }
    return Readable.toWeb(createReadStream(target)) as ReadableStream<Uint8Array>;
  }

  async remove(key: string) {
    await fs.rm(this.pathOf(key), { force: true });
  }
}
