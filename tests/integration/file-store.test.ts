import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import S3rver from 's3rver';
import { S3FileStore } from '@/lib/files/s3-store';
import { LocalFileStore } from '@/lib/files/local-store';
import { newStorageKey, type FileStore } from '@/lib/files/storage';

const text = async (stream: ReadableStream<Uint8Array> | null) => (stream ? Buffer.from(await new Response(stream).arrayBuffer()).toString() : null);

/** The same contract for both stores: put, open, remove, a missing key, and keys checked before use. */
function storeContract(name: string, make: () => FileStore) {
  describe(name, () => {
    it('keeps bytes under a random key, gives them back, and forgets them', async () => {
      const store = make();
      const key = newStorageKey('support', 'pdf');
      await store.put(key, Buffer.from('%PDF-1.7 receipt'), 'application/pdf');
      expect(await text(await store.open(key))).toBe('%PDF-1.7 receipt');
      await store.remove(key);
      expect(await store.open(key)).toBeNull();
    });

    it('answers null for a key never stored and refuses keys it did not make', async () => {
      const store = make();
      expect(await store.open(newStorageKey('support', 'jpg'))).toBeNull();
      await expect(store.open('support/../../etc/passwd')).rejects.toThrow('Invalid storage key');
      await expect(store.put('../x.pdf', Buffer.from('x'), 'application/pdf')).rejects.toThrow('Invalid storage key');
    });
  });
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'file-store-'));
let server: http.Server;
let endpoint = '';

beforeAll(async () => {
  // A real S3-protocol server (s3rver) on a free port, its objects under a temporary folder.
  const s3 = new S3rver({ directory: path.join(tmp, 's3'), silent: true, configureBuckets: [{ name: 'portal-uploads' }] });
  await s3.configureBuckets();
  server = http.createServer(s3.callback());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(tmp, { recursive: true, force: true });
});

const s3 = (bucket = 'portal-uploads') => new S3FileStore({ bucket, region: 'us-east-1', endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });

storeContract('S3-compatible store (s3rver)', () => s3());
storeContract('local disk store', () => new LocalFileStore(path.join(tmp, 'disk')));

describe('stores that fail', () => {
  it('S3: a bucket that does not exist fails the put, loudly', async () => {
    await expect(s3('no-such-bucket').put(newStorageKey('support', 'pdf'), Buffer.from('x'), 'application/pdf')).rejects.toMatchObject({ name: 'NoSuchBucket' });
  });

  it('local: the disk files are private to the portal (0600) and never half-written', async () => {
    const store = new LocalFileStore(path.join(tmp, 'private'));
    const key = newStorageKey('support', 'png');
    await store.put(key, Buffer.from('png'), 'image/png');
    const file = path.join(tmp, 'private', key);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.dirname(file)).some((f) => f.endsWith('.part'))).toBe(false);
  });
});
