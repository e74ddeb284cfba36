import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const roots = ['app', 'lib', 'components', 'scripts', 'prisma'];
const skip = new Set(['node_modules', 'generated', 'migrations']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return skip.has(entry.name) ? [] : sourceFiles(full);
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) ? [full] : [];
  });
}

describe('audit log', () => {
  it('has no code path that updates or deletes its rows, except the retention purge the triggers allow', () => {
    const offenders = roots
      .flatMap(sourceFiles)
      .filter((file) => file !== path.join('lib', 'retention', 'audit.ts'))
      .filter((file) => /auditLog\s*\.\s*(update|updateMany|upsert|delete|deleteMany)\b|(UPDATE|DELETE\s+FROM)\s+"?AuditLog"?/i.test(fs.readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
