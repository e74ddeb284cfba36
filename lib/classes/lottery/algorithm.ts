// The lottery's arithmetic (docs/decisions/024), free of the database and the framework so the
// repository's command (scripts/class-lottery.ts) and anyone re-implementing it get the same order
// from the published values alone. Modelled on RFC 3797 with SHA-256 in place of MD5.
import crypto from 'node:crypto';

const sha256 = (data: string | Buffer) => crypto.createHash('sha256').update(data).digest();

/** The commitment published before the window closes: SHA-256 of the seed's UTF-8 bytes, in hex. */
export const commitmentOf = (seed: string) => sha256(seed).toString('hex');

/** A fresh seed when staff do not set one: 32 random bytes in hex. */
export const generateSeed = () => crypto.randomBytes(32).toString('hex');

/** The frozen list as published: the references sorted by code point, one a line, each line ending in "\n". */
export function canonicalList(entries: readonly string[]): string {
  const sorted = [...new Set(entries.map((e) => e.trim()).filter(Boolean))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sorted.map((e) => `${e}\n`).join('');
}

export const listEntries = (text: string) => canonicalList(text.split(/\r?\n/)).split('\n').filter(Boolean);

/** SHA-256 of the canonical list text, in hex: published when the list is frozen. */
export const listHashOf = (entries: readonly string[]) => sha256(canonicalList(entries)).toString('hex');

/**
 * The draw. The key is `seed + "/" + listHash`, so the order depends on the whole frozen list as
 * well as the seed. As in RFC 3797 section 4, for j = 1, 2, ... until the pool is empty:
 * v = SHA-256(u16be(j) || key || u16be(j)) read as an unsigned 256-bit integer; the entry at
 * index v mod (entries left) of the pool (the canonical list with earlier picks removed) is the
 * j-th drawn. The bias of a 256-bit value reduced mod n < 65,536 is below 2^-240.
 */
export function drawOrder(seed: string, entries: readonly string[]): string[] {
  const pool = canonicalList(entries).split('\n').filter(Boolean);
  if (pool.length > 0xffff) throw new RangeError('the two-byte counter allows at most 65,535 entries');
  const key = Buffer.from(`${seed}/${listHashOf(pool)}`, 'utf8');
  const order: string[] = [];
  for (let j = 1; pool.length > 0; j++) {
    const counter = Buffer.from([(j >> 8) & 0xff, j & 0xff]);
    const value = BigInt(`0x${sha256(Buffer.concat([counter, key, counter])).toString('hex')}`);
    const [picked] = pool.splice(Number(value % BigInt(pool.length)), 1);
    order.push(picked!);
  }
  return order;
}
