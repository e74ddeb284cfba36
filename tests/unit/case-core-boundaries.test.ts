import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file of the running portal (not tests, fixtures or generated code). */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'node_modules' ? [] : sources(full);
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [full] : [];
  });
}
const root = process.cwd();
const files = ['app', 'lib', 'components', 'scripts'].flatMap((dir) => sources(path.join(root, dir))).concat([path.join(root, 'server.mjs'), path.join(root, 'instrumentation.ts')]);
const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');

// A write to Case or CaseEvent through Prisma (db.case.update, tx.caseEvent.create, ...) or SQL.
const caseWrite =
  /\.(case|caseEvent)\s*\.\s*(create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany)\b|\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(Case|CaseEvent)"?\b/;

describe('the case core owns its records', () => {
  it('finds the writes it looks for (the scan is not blind)', () => {
    expect(caseWrite.test('await tx.case.update({ where })')).toBe(true);
    expect(caseWrite.test('db.caseEvent.create({ data })')).toBe(true);
    expect(caseWrite.test('INSERT INTO "Case" (id) VALUES (?)')).toBe(true);
    expect(caseWrite.test('db.case.findMany({})')).toBe(false);
  });

  it('nothing outside lib/cases creates or updates Case or CaseEvent', () => {
    const offenders = files.filter((file) => !relative(file).startsWith('lib/cases/')).filter((file) => caseWrite.test(fs.readFileSync(file, 'utf8')));
    expect(offenders.map(relative)).toEqual([]);
  });

  it('no other domain in lib/ imports from lib/consultations, except the one registry of services', () => {
    const allowed = (file: string) => file.startsWith('lib/consultations/') || file.startsWith('lib/registry/');
    const importsConsultations = /from\s+['"]@\/lib\/consultations\/|import\(\s*['"]@\/lib\/consultations\//;
    const offenders = files
      .map(relative)
      .filter((file) => file.startsWith('lib/') && !allowed(file))
      .filter((file) => importsConsultations.test(fs.readFileSync(path.join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
