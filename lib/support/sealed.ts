import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Sensitive answers (alien registration number, bank account, health details) at rest:
 * AES-256-GCM with a key from SUPPORT_DATA_KEY (64 hex digits), outside the database and the
 * repository. Each value names its key ("k1."), so a new key can be added beside the old one and
 * values re-sealed without a flag day. A value that was altered fails to open (the GCM tag).
 * Without the variable a local machine gets a random key under data/, like the session secret.
 */
const KEY_ID = 'k1';

function loadKey(): Buffer {
  const fromEnv = process.env.SUPPORT_DATA_KEY;
  if (fromEnv) {
    if (!/^[0-9a-f]{64}$/i.test(fromEnv)) throw new Error('SUPPORT_DATA_KEY must be 64 hexadecimal digits (32 bytes)');
    return Buffer.from(fromEnv, 'hex');
  }
  const file = path.resolve('data', 'support-data-key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
}

const cache = globalThis as unknown as { supportKeys?: { seal: Buffer; hash: Buffer } };
function keys() {
  if (!cache.supportKeys) {
    const master = loadKey();
    // Separate keys for sealing and for look-up hashes, derived from the one secret.
    const derive = (info: string) => Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
    cache.supportKeys = { seal: derive('support-seal'), hash: derive('support-lookup') };
  }
  return cache.supportKeys;
}

export class SealBroken extends Error {
  constructor() {
    super('A sealed value could not be opened (altered, or sealed with another key)');
    this.name = 'SealBroken';
  }
}

export function seal(plain: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', keys().seal, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${KEY_ID}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

export function unseal(sealed: string): string {
  const [id, payload] = sealed.split('.');
  if (id !== KEY_ID || !payload) throw new SealBroken();
  const raw = Buffer.from(payload, 'base64url');
  if (raw.length < 28) throw new SealBroken();
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', keys().seal, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    throw new SealBroken();
  }
}

export const sealJson = (value: unknown) => seal(JSON.stringify(value));
export const unsealJson = <T>(sealed: string): T => JSON.parse(unseal(sealed)) as T;

/** A keyed hash to find a record by an identifier without storing or decrypting it. */
export const lookupHash = (value: string) => crypto.createHmac('sha256', keys().hash).update(value).digest('base64url');
