// A fingerprint of everything a production build depends on, so `npm start` rebuilds only when
// the sources changed since the last build.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const inputs = ['app', 'components', 'lib', 'messages', 'public', 'proxy.ts', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'];
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
