// Writes docs/glossary.md from docs/glossary/terms.json and docs/glossary/<locale>.json, so the
// same service or legal term is translated the same way whoever adds the next string.
import fs from 'node:fs';

const locales = ['ko', 'en', 'zh', 'vi', 'ru', 'uz', 'id', 'km', 'ne', 'th', 'fil', 'mn', 'my', 'si', 'bn', 'lo', 'ur'];
const terms = JSON.parse(fs.readFileSync('docs/glossary/terms.json', 'utf8'));
const byLocale = Object.fromEntries(locales.map((l) => [l, fs.existsSync(`docs/glossary/${l}.json`) ? JSON.parse(fs.readFileSync(`docs/glossary/${l}.json`, 'utf8')) : {}]));

const lines = [
  '# Terminology glossary',
  '',
  'Each service and legal term of the portal in every locale. Use these forms in `messages/`,',
  'emails and seed texts. To add or change a term, edit `docs/glossary/terms.json` and',
  '`docs/glossary/<locale>.json`, then run `node scripts/glossary.mjs` (a unit test checks that',
  'every locale has every term and that this file is up to date).',
  '',
];
for (const term of terms) {
  lines.push(`## ${term.en}`, '');
  if (term.note) lines.push(`${term.note}`, '');
  lines.push('| locale | term |', '|---|---|');
  for (const l of locales) lines.push(`| ${l} | ${(byLocale[l][term.id] ?? '**missing**').replace(/\|/g, '\\|')} |`);
  lines.push('');
}
const out = lines.join('\n');
if (process.argv.includes('--check')) {
  const current = fs.existsSync('docs/glossary.md') ? fs.readFileSync('docs/glossary.md', 'utf8') : '';
  if (current !== out) {
    console.error('docs/glossary.md is out of date: run node scripts/glossary.mjs');
    process.exit(1);
  }
} else {
  fs.writeFileSync('docs/glossary.md', out);
}
