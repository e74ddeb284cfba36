import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '@/lib/i18n/locales';
import { scriptFonts, type ScriptFont } from './script-fonts';

/**
 * Builds each locale's font stylesheet out of the fontsource package's own, so the unicode-range
 * slices stay fontsource's while the rules change in three ways (docs/decisions/012): only the
 * script's slices, `local()` before the download, and `font-display: optional` (a font that
 * arrives late is kept for the next page instead of moving this one's text).
 */
const nodeModules = path.join(process.cwd(), 'node_modules');

type Sheet = { css: string; href: string; files: Map<string, string> };
const sheets = new Map<Locale, Sheet | null>();

const quote = (name: string) => `local('${name.replace(/'/g, "\\'")}')`;

/** True when a unicode-range ("U+AC00-AC2F,U+3131") overlaps one of the spans. */
function holdsSome(range: string, spans: [number, number][]): boolean {
  return range.split(',').some((part) => {
    const [from, to = from] = part
      .trim()
      .replace(/^U\+/i, '')
      .split('-')
      .map((hex) => parseInt(hex, 16));
    return spans.some(([a, b]) => to! >= a && from! <= b);
  });
}

function build(font: ScriptFont): Sheet {
  const source = path.join(nodeModules, font.css);
  const text = fs.readFileSync(source, 'utf8');
  const version = JSON.parse(fs.readFileSync(path.join(nodeModules, font.css.split('/').slice(0, 2).join('/'), 'package.json'), 'utf8')).version as string;
  const files = new Map<string, string>();
  const rules: string[] = [];
  // Each rule is preceded by a comment naming its slice: /* noto-sans-kr-[12]-400-normal */
  for (const [, name, body] of text.matchAll(/\/\* ([^*]+) \*\/\s*@font-face\s*\{([^}]*)\}/g)) {
    if (!font.subsets.test(name!.trim())) continue;
    const field = (key: string) => body!.match(new RegExp(`${key}:\\s*([^;]+);`))?.[1]?.trim();
    const woff2 = body!.match(/url\(\.\/files\/([\w.-]+\.woff2)\)\s*format\('([\w-]+)'\)/);
    const range = field('unicode-range');
    if (!woff2 || !range) continue;
    if (font.onlyWith && !holdsSome(range, font.onlyWith)) continue;
    files.set(woff2[1]!, path.join(path.dirname(source), 'files', woff2[1]!));
    const src = [...font.local.map(quote), `url(/fonts/files/${woff2[1]}?v=${version}) format('${woff2[2]}')`].join(',');
    rules.push(`@font-face{font-family:'${font.family}';font-style:normal;font-weight:${field('font-weight') ?? 400};font-display:optional;src:${src};unicode-range:${range}}`);
  }
  if (rules.length === 0) throw new Error(`No ${font.family} slices matched in ${font.css}`);
  const css = rules.join('\n') + '\n';
  return { css, href: '', files };
}

function sheetOf(locale: Locale): Sheet | null {
  if (!sheets.has(locale)) {
    const font = scriptFonts[locale];
    const sheet = font ? build(font) : null;
    if (sheet) sheet.href = `/fonts/${locale}-${crypto.createHash('sha256').update(sheet.css).digest('hex').slice(0, 12)}.css`;
    sheets.set(locale, sheet);
  }
  return sheets.get(locale)!;
}

/**
 * Below this size a sheet goes inline into the page's head: one rule of a few hundred bytes costs
 * less than the round trip a render-blocking request would (Korean and Chinese are linked: their
 * slices' ranges come to 12 and 31 KB gzipped, better cached once than sent with every page).
 */
const INLINE_LIMIT = 2048;

/** What a page in this locale puts in its head for its script's font, or null when none. */
export function fontSheetFor(locale: Locale): { inline: string } | { href: string } | null {
  const sheet = sheetOf(locale);
  if (!sheet) return null;
  return sheet.css.length <= INLINE_LIMIT ? { inline: sheet.css } : { href: sheet.href };
}

/** The href of this locale's linked stylesheet, or null when it has none (no font, or inline). */
export function fontSheetHref(locale: Locale): string | null {
  const sheet = fontSheetFor(locale);
  return sheet && 'href' in sheet ? sheet.href : null;
}

/** The stylesheet behind an href from fontSheetHref ("ko-1a2b3c4d5e6f.css"), or null. */
export function fontSheetNamed(name: string, locales: readonly Locale[]): string | null {
  for (const locale of locales) {
    const sheet = sheetOf(locale);
    if (sheet && sheet.href === `/fonts/${name}`) return sheet.css;
  }
  return null;
}

/** The file on disk of a font slice some sheet names, or null (never a path the request chose). */
export function fontFile(name: string, locales: readonly Locale[]): string | null {
  for (const locale of locales) {
    const file = sheetOf(locale)?.files.get(name);
    if (file) return file;
  }
  return null;
}
