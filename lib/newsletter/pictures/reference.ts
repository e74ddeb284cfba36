/**
 * An article's `image` column holds one of two kinds of picture (docs/decisions/037):
 * - a path under public/newsletter/ (the seed's pictures, served as static files), or
 * - an uploaded picture, `upload:<width>x<height>:<key>,<key>`: the renditions' storage keys
 *   (lib/files, random names) from the widest down, and the widest one's size, so the page can
 *   set width and height (no layout shift) without opening the file.
 * Keeping this in the existing column needs no migration; only this module reads or writes it.
 */
import { isStorageKey } from '@/lib/files/storage';

/** Widths of the WebP renditions: a phone's column and a desktop's (the article is at most 48rem). */
export const RENDITION_WIDTHS = [960, 480] as const;
export const PICTURE_FOLDER = 'newsletter';

export type Rendition = { key: string; width: number; height: number };
export type UploadedPicture = { kind: 'upload'; width: number; height: number; renditions: { key: string; width: number }[] };
export type PublicPicture = { kind: 'public'; src: string };

const UPLOAD = /^upload:(\d{1,5})x(\d{1,5}):([^,]+(?:,[^,]+)*)$/;

export function uploadReference(renditions: Rendition[]): string {
  const [widest] = renditions;
  if (!widest || renditions.some((r) => !isStorageKey(r.key))) throw new Error('Invalid renditions');
  return `upload:${widest.width}x${widest.height}:${renditions.map((r) => `${r.key}@${r.width}`).join(',')}`;
}

export function parsePicture(image: string | null | undefined): UploadedPicture | PublicPicture | null {
  if (!image) return null;
  const match = UPLOAD.exec(image);
  if (!match) return image.startsWith('/newsletter/') ? { kind: 'public', src: image } : null;
  const renditions = match[3]!.split(',').map((part) => {
    const [key, width] = part.split('@');
    return { key: key ?? '', width: Number(width) };
  });
  if (renditions.some((r) => !isStorageKey(r.key) || !Number.isInteger(r.width) || r.width <= 0)) return null;
  return { kind: 'upload', width: Number(match[1]), height: Number(match[2]), renditions };
}

/** The public address of a rendition: its random file name, nothing else. */
export const renditionPath = (key: string) => `/api/newsletter/pictures/${key.slice(key.indexOf('/') + 1)}`;

/** The storage key behind an address's file name, when it is one this module could have made. */
export function keyOfFileName(fileName: string): string | null {
  const key = `${PICTURE_FOLDER}/${fileName}`;
  return /\.webp$/.test(fileName) && isStorageKey(key) ? key : null;
}
