import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';

const terms = JSON.parse(fs.readFileSync('docs/glossary/terms.json', 'utf8')) as { id: string; en: string }[];

describe('terminology glossary', () => {
  it.each(locales)('has every term in %s', (locale) => {
    const entries = JSON.parse(fs.readFileSync(`docs/glossary/${locale}.json`, 'utf8')) as Record<string, string>;
    expect(Object.keys(entries).sort()).toEqual(terms.map((t) => t.id).sort());
    for (const [id, value] of Object.entries(entries)) expect(value.trim(), `${locale} ${id}`).not.toBe('');
  });

  it('docs/glossary.md is generated from the current term files', () => {
    expect(() => execFileSync(process.execPath, ['scripts/glossary.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
