import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { inspectUpload } from '@/lib/files/inspect';
import { displayName } from '@/lib/files/display-name';
import { isStorageKey, newStorageKey } from '@/lib/files/storage';
import { makeFixtures } from '../fixtures/files/make.mjs';

let files: Record<string, string>;

/** Whether TIFF-structured EXIF has a GPS section: IFD0 holds the GPS IFD pointer, tag 0x8825. */
function hasGpsIfd(exif: Buffer) {
  const tiff = exif.subarray(exif.indexOf('Exif\0\0') === 0 ? 6 : 0);
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd0 = u32(4);
  return Array.from({ length: u16(ifd0) }, (_, i) => u16(ifd0 + 2 + i * 12)).includes(0x8825);
}
const read = (name: string) => fs.readFileSync(files[name]!);

beforeAll(async () => {
  files = await makeFixtures(fs.mkdtempSync(path.join(os.tmpdir(), 'file-checks-')));
});

describe('upload content checks (by bytes, never by name)', () => {
  it.each([
    ['page.html.pdf', 'HTML named .pdf', 'type'],
    ['drawing.svg.pdf', 'SVG named .pdf', 'type'],
    ['archive.zip.pdf', 'ZIP magic bytes named .pdf', 'type'],
    ['truncated.pdf', 'a PDF cut short', 'damaged'],
    ['encrypted.pdf', 'a PDF encrypted by qpdf', 'encrypted'],
    ['owner-password.pdf', 'a PDF encrypted with an owner password only', 'encrypted'],
    ['too-big.pdf', 'an 11 MB PDF', 'tooLarge'],
    ['bomb.png', 'a PNG declaring 100,000 × 100,000 pixels', 'tooManyPixels'],
  ])('refuses %s (%s) as %s', async (file, _what, reason) => {
    const result = await inspectUpload({ name: file, bytes: read(file) });
    expect(result).toMatchObject({ ok: false, reason });
  });

  it('refuses a name with a path in it, whatever the content', async () => {
    for (const name of ['../../x.pdf', '..\\..\\x.pdf', '/etc/passwd', 'a/b.pdf', 'x\u0000.pdf', 'fdp\u202e.exe']) {
      expect(await inspectUpload({ name, bytes: read('receipt.pdf') })).toMatchObject({ ok: false, reason: 'name' });
    }
  });

  it('refuses an empty file', async () => {
    expect(await inspectUpload({ name: 'x.pdf', bytes: Buffer.alloc(0) })).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('accepts a real PDF unchanged and types it from its bytes, even misnamed', async () => {
    const result = await inspectUpload({ name: 'receipt.png', bytes: read('receipt.pdf') });
    expect(result).toMatchObject({ ok: true, mediaType: 'application/pdf', extension: 'pdf', displayName: 'receipt.png' });
    if (result.ok) expect(result.bytes.equals(read('receipt.pdf'))).toBe(true);
  });

  it('strips the EXIF (GPS, camera) from a phone photo and keeps it a JPEG of the same size', async () => {
    const before = await sharp(read('photo-with-gps.jpg')).metadata();
    expect(before.exif).toBeDefined();
    const result = await inspectUpload({ name: 'photo.jpg', bytes: read('photo-with-gps.jpg') });
    expect(result).toMatchObject({ ok: true, mediaType: 'image/jpeg' });
    if (!result.ok) return;
    const after = await sharp(result.bytes).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect([after.width, after.height]).toEqual([640, 480]);
    expect(result.bytes.includes(Buffer.from('PhoneMaker'))).toBe(false);
  });

  it('converts a real HEIC phone photo (HEVC, with GPS in its EXIF) to a JPEG without the EXIF', async () => {
    const heic = read('photo-with-gps.heic');
    const before = await sharp(heic).metadata();
    expect(before.format).toBe('heif');
    expect(hasGpsIfd(before.exif!)).toBe(true);
    const result = await inspectUpload({ name: 'IMG_0412.HEIC', bytes: heic });
    expect(result).toMatchObject({ ok: true, mediaType: 'image/jpeg', extension: 'jpg', displayName: 'IMG_0412.jpg', convertedFrom: 'heic' });
    if (!result.ok) return;
    const after = await sharp(result.bytes).metadata();
    expect(after.format).toBe('jpeg');
    expect([after.width, after.height]).toEqual([320, 240]);
    expect(after.exif).toBeUndefined();
    expect(result.bytes.includes(Buffer.from('PhoneMaker'))).toBe(false);
  });

  it('accepts a PNG and re-encodes it as PNG', async () => {
    expect(await inspectUpload({ name: 'scan.png', bytes: read('scan.png') })).toMatchObject({ ok: true, mediaType: 'image/png', extension: 'png' });
  });
});

describe('display names and storage keys', () => {
  it('keeps a name as text, shortened with its extension', () => {
    expect(displayName('  Hóa đơn bệnh viện.pdf ')).toBe('Hóa đơn bệnh viện.pdf');
    const long = displayName(`${'a'.repeat(300)}.pdf`)!;
    expect(long.length).toBe(120);
    expect(long.endsWith('….pdf')).toBe(true);
    expect(displayName('../../x.pdf')).toBeNull();
  });

  it('makes random keys from a folder and an extension only', () => {
    const a = newStorageKey('support', 'pdf');
    expect(isStorageKey(a)).toBe(true);
    expect(a).not.toBe(newStorageKey('support', 'pdf'));
    expect(() => newStorageKey('../x', 'pdf')).toThrow();
    expect(isStorageKey('support/../../etc/passwd')).toBe(false);
  });
});
