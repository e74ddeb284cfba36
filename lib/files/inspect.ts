import { fileTypeFromBuffer } from 'file-type';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import convertHeic from 'heic-convert';
import { MAX_FILE_BYTES } from './limits.mjs';
import { displayName } from './display-name';

/** What the resident may send: papers as PDF, photos of them as JPEG, PNG or HEIC (iPhones). */
export const acceptedTypes = ['application/pdf', 'image/jpeg', 'image/png', 'image/heic', 'image/heif'] as const;
/** For the file input's `accept`: a hint to the browser's picker, never a check. */
export const acceptAttribute = '.pdf,.jpg,.jpeg,.png,.heic,.heif,application/pdf,image/jpeg,image/png,image/heic,image/heif';

/**
 * Larger than any phone camera (a 200-megapixel sensor is 16384 × 12288 ≈ 201 M): anything more is
 * a few bytes that would decode to gigabytes (a decompression bomb), refused from its header.
 */
export const MAX_INPUT_PIXELS = 210_000_000;

/** Message keys (`Files.refused.<reason>`), the same for every service that takes uploads. */
export type Refusal = 'empty' | 'tooLarge' | 'name' | 'type' | 'encrypted' | 'damaged' | 'tooManyPixels';

export type Accepted = {
  ok: true;
  bytes: Buffer;
  mediaType: 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/webp';
  extension: 'pdf' | 'jpg' | 'png' | 'webp';
  displayName: string;
  convertedFrom?: 'heic';
};
export type Inspected = Accepted | { ok: false; reason: Refusal; displayName: string };

/**
 * Checks an upload by its content while the resident waits: the type from its bytes (never its
 * name or the browser's type), that it opens (a PDF parses and has pages and is not encrypted; an
 * image decodes within the pixel limit), then re-encodes photos so their EXIF (GPS position, camera,
 * time) and other metadata are gone, turned upright first (`rotate()` applies the EXIF
 * orientation that is about to be dropped). HEIC becomes JPEG, which every staff computer opens.
 */
export async function inspectUpload(input: { name: string; bytes: Buffer }): Promise<Inspected> {
  const name = displayName(input.name);
  const shown = name ?? input.name.replace(/^.*[/\\]/, '').slice(0, 120);
  const refuse = (reason: Refusal): Inspected => ({ ok: false, reason, displayName: shown });
  if (!name) return refuse('name');
  if (input.bytes.length === 0) return refuse('empty');
  if (input.bytes.length > MAX_FILE_BYTES) return refuse('tooLarge');
  const detected = await fileTypeFromBuffer(input.bytes);
  switch (detected?.mime) {
    case 'application/pdf':
      return (await pdfOpens(input.bytes)) ?? { ok: true, bytes: input.bytes, mediaType: 'application/pdf', extension: 'pdf', displayName: name };
    case 'image/jpeg':
    case 'image/png':
      return photo(input.bytes, detected.mime, name, refuse);
    case 'image/heic':
    case 'image/heif': {
      // The pixel limit is checked on the HEIC's own header first: heic-convert decodes everything.
      const header = await sharp(input.bytes)
        .metadata()
        .catch(() => null);
      if (header?.width && header.height && header.width * header.height > MAX_INPUT_PIXELS) return refuse('tooManyPixels');
      let jpeg: Buffer;
      try {
        jpeg = Buffer.from(await convertHeic({ buffer: input.bytes, format: 'JPEG', quality: 0.9 }));
      } catch {
        return refuse('damaged');
      }
      const converted = await photo(jpeg, 'image/jpeg', name, refuse);
      return converted.ok ? { ...converted, displayName: name.replace(/\.(heic|heif)$/i, '.jpg'), convertedFrom: 'heic' } : converted;
    }
    default:
      return refuse('type');
  }

  /**
   * PDF.js, the parser Firefox uses, opens it as a viewer would: a damaged structure or a
   * password fails here. One with an owner password only opens, but it is still encrypted (and
   * may forbid printing), so it is refused too, by the encryption its trailer declares.
   */
  async function pdfOpens(bytes: Buffer): Promise<Inspected | null> {
    const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, stopAtErrors: true, verbosity: 0 });
    try {
      const pdf = await task.promise;
      const { info } = (await pdf.getMetadata()) as { info: { EncryptFilterName?: string | null } };
      if (info.EncryptFilterName) return refuse('encrypted');
      return pdf.numPages > 0 ? null : refuse('damaged');
    } catch (error) {
      return refuse((error as { name?: string }).name === 'PasswordException' ? 'encrypted' : 'damaged');
    } finally {
      await task.destroy();
    }
  }
}

/**
 * The same checks for a picture to publish: JPEG, PNG, HEIC as for documents, WebP too (what
 * editors get from the web and from phones' share sheets); a PDF is refused as the wrong type.
 */
export async function inspectPicture(input: { name: string; bytes: Buffer }): Promise<Inspected> {
  const detected = input.bytes.length > 0 && input.bytes.length <= MAX_FILE_BYTES ? await fileTypeFromBuffer(input.bytes) : undefined;
  const name = displayName(input.name);
  if (detected?.mime === 'application/pdf') return { ok: false, reason: 'type', displayName: name ?? input.name.slice(0, 120) };
  if (detected?.mime !== 'image/webp' || !name) return inspectUpload(input);
  return photo(input.bytes, 'image/webp', name, (reason) => ({ ok: false, reason, displayName: name }));
}

const encodings = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;

async function photo(bytes: Buffer, mime: keyof typeof encodings, name: string, refuse: (reason: Refusal) => Inspected): Promise<Inspected> {
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate();
    const out =
      mime === 'image/jpeg' ? await image.jpeg({ quality: 90, mozjpeg: true }).toBuffer() : mime === 'image/png' ? await image.png().toBuffer() : await image.webp({ quality: 90 }).toBuffer();
    return { ok: true, bytes: out, mediaType: mime, extension: encodings[mime], displayName: name };
  } catch (error) {
    return refuse(error instanceof Error && /pixel limit/i.test(error.message) ? 'tooManyPixels' : 'damaged');
  }
}
