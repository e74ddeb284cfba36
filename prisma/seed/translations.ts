import fs from 'node:fs';
import path from 'node:path';
import { locales } from '@/lib/i18n/locales';
import type { LocalizedText } from '@/lib/i18n/localized-text';

/**
 * Translations of the seed texts into the other locales: translations/<locale>.json maps each
 * English text to its translation. A text missing there falls back to English on the page, with a
 * note saying so.
 */
const dir = path.join(process.cwd(), 'prisma', 'seed', 'translations');

function load(): Map<string, LocalizedText> {
  const byEnglish = new Map<string, LocalizedText>();
  for (const locale of locales) {
    const file = path.join(dir, `${locale}.json`);
    if (!fs.existsSync(file)) continue;
    const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    for (const [english, translated] of Object.entries(entries)) {
      byEnglish.set(english, { ...byEnglish.get(english), [locale]: translated });
    }
  }
  return byEnglish;
}

let cached: Map<string, LocalizedText> | undefined;

export function withTranslations(text: { ko: string; en: string }): LocalizedText {
  cached ??= load();
  return { ...cached.get(text.en), ...text };
}
