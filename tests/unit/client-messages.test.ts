import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_CLIENT_MESSAGES } from '@/app/admin/client-messages';
import { pickMessages } from '@/lib/i18n/client-messages';
import { readMessages } from '../support/messages';

const root = path.join(__dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

const has = (tree: unknown, dotted: string) =>
  dotted.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree) !== undefined;

/** Each `const t = useTranslations('Ns')` of a client component, with the literal keys it passes to `t`. */
function usedKeys(source: string) {
  const uses: { namespace: string; keys: string[] }[] = [];
  for (const [, name, namespace] of source.matchAll(/const (\w+) = useTranslations\('([^']+)'\)/g)) {
    const keys = [...source.matchAll(new RegExp(`\\b${name}\\('([^']+)'`, 'g'))].map((m) => m[1]!);
    uses.push({ namespace: namespace!, keys });
  }
  return uses;
}

describe('messages sent to the browser under /admin', () => {
  const clientFiles = [...filesUnder(path.join(root, 'components/admin')), path.join(root, 'components/layout/ErrorMessage.tsx')].filter((file) => readFileSync(file, 'utf8').includes("'use client'"));
  const picked = pickMessages(readMessages('ko') as never, ADMIN_CLIENT_MESSAGES);

  it('hold every namespace and key the client components use', () => {
    const missing: string[] = [];
    for (const file of clientFiles) {
      for (const { namespace, keys } of usedKeys(readFileSync(file, 'utf8'))) {
        if (!has(picked, namespace)) missing.push(`${path.relative(root, file)}: ${namespace}`);
        for (const key of keys) if (!has(picked, `${namespace}.${key}`)) missing.push(`${path.relative(root, file)}: ${namespace}.${key}`);
      }
    }
    expect(clientFiles.length).toBeGreaterThan(5);
    expect(missing).toEqual([]);
  });

  it('leave out the staff pages’ server-only text', () => {
    for (const serverOnly of ['Admin.nav', 'Admin.home', 'Admin.audit', 'Admin.mail', 'Admin.forbidden', 'Admin.consultations.dayHeading', 'Admin.cases.status']) {
      expect(has(picked, serverOnly), serverOnly).toBe(false);
    }
  });
});
