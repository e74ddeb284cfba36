// A fingerprint of everything a production build depends on, so `npm start` rebuilds only when
// the sources changed since the last build.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// prisma/models.prisma stands for the generated clients under lib/db/generated, which are skipped.
const inputs = [
  'app',
  'components',
  'lib',
  'messages',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.ts',
  'package-lock.json',
  'postcss.config.mjs',
  'tsconfig.json',
  'prisma/models.prisma',
];
const skip = new Set(['generated', 'node_modules']);

function walk(entry, out) {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) if (!skip.has(name)) walk(path.join(entry, name), out);
  } else {
    out.push(`${entry}:${stat.size}:${stat.mtimeMs}`);
  }
}

export function sourceStamp(root = process.cwd()) {
  const files = [];
  for (const input of inputs) walk(path.join(root, input), files);
  files.push(`env:${process.env.SITE_URL ?? ''}`);
  return crypto.createHash('sha256').update(files.join('\n')).digest('hex');
}
