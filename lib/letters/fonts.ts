import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '@/lib/i18n/locales';

/** Debian's fonts-noto-core (every script but Chinese) and fonts-nanum (Korean). */
export const DEFAULT_FONT_DIRS = ['/usr/share/fonts/truetype/noto', '/usr/share/fonts/truetype/nanum'];

/** LETTER_FONT_DIRS: folders separated by ":" (like PATH), searched with their subfolders. */
export function letterFontDirs(env: Record<string, string | undefined> = process.env): string[] {
  const raw = env.LETTER_FONT_DIRS?.trim();
  return raw ? raw.split(':').filter(Boolean) : DEFAULT_FONT_DIRS;
}

type Face = { family: string; file: RegExp };

const latin: Face = { family: 'Noto Sans', file: /^NotoSans-Regular\.ttf$/ };
// The city's name and Korean words (a header not yet translated) need Hangul in every letter.
const hangul: Face = { family: 'NanumGothic', file: /^NanumGothic\.ttf$/ };

/**
 * The face of each script (docs/decisions/012 for the screens, 034 for letters): Typst shapes
 * with the first family that has the glyph, so the script's own face comes first, then Latin for
 * digits and references, then Hangul. Chinese needs Noto Sans CJK (Debian fonts-noto-cjk).
 */
const scriptFace: Partial<Record<Locale, Face>> = {
  ko: hangul,
  zh: { family: 'Noto Sans CJK SC', file: /^NotoSansCJK(sc)?-Regular\.(ttc|otf|ttf)$/i },
  km: { family: 'Noto Sans Khmer', file: /^NotoSansKhmer-Regular\.ttf$/ },
  my: { family: 'Noto Sans Myanmar', file: /^NotoSansMyanmar-Regular\.ttf$/ },
  lo: { family: 'Noto Sans Lao', file: /^NotoSansLao-Regular\.ttf$/ },
  si: { family: 'Noto Sans Sinhala', file: /^NotoSansSinhala-Regular\.ttf$/ },
  th: { family: 'Noto Sans Thai', file: /^NotoSansThai-Regular\.ttf$/ },
  ne: { family: 'Noto Sans Devanagari', file: /^NotoSansDevanagari-Regular\.ttf$/ },
  bn: { family: 'Noto Sans Bengali', file: /^NotoSansBengali-Regular\.ttf$/ },
  ur: { family: 'Noto Nastaliq Urdu', file: /^NotoNastaliqUrdu-Regular\.ttf$/ },
};

export function facesFor(locale: Locale): Face[] {
  const own = scriptFace[locale];
  return [...(own && own !== hangul ? [own] : []), ...(locale === 'ko' ? [hangul, latin] : [latin, hangul])];
}

/** Every font file under the folders (two levels deep, as Debian lays them out). */
function fontFiles(dirs: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory() && depth < 2) walk(path.join(dir, entry.name), depth + 1);
      else if (entry.isFile()) found.push(entry.name);
    }
  };
  for (const dir of dirs) walk(dir, 0);
  return found;
}

/** The families the locale's letter needs that none of the folders holds (empty: all there). */
export function missingFaces(locale: Locale, dirs: string[]): string[] {
  const files = fontFiles(dirs);
  return facesFor(locale)
    .filter((face) => !files.some((name) => face.file.test(name)))
    .map((face) => face.family);
}
