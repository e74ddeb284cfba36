import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '@/lib/db/backup';
import { createDb } from '@/lib/db/client';
import { pgPoolConfig, type DatabaseTarget } from '@/lib/db/config';
import { checkReadiness } from '@/lib/health/readiness';
import { describeEachDatabase, templateNames, testDir, withDatabase } from '../support/databases';

const backupDir = path.join(testDir, `backups-${crypto.randomBytes(4).toString('hex')}`);
const dropAfter: string[] = [];
afterAll(async () => {
  fs.rmSync(backupDir, { recursive: true, force: true });
  if (!dropAfter.length) return;
  const admin = new pg.Client(pgPoolConfig(process.env.TEST_POSTGRES_URL!));
  await admin.connect();
  for (const name of dropAfter) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

/** An empty database of the same kind to restore into. */
async function emptyTarget(kind: 'sqlite' | 'postgres'): Promise<DatabaseTarget> {
  const id = crypto.randomBytes(4).toString('hex');
  if (kind === 'sqlite') return { kind, file: path.join(testDir, `restored-${id}.db`) };
  const name = `portal_test_restored_${id}`;
  const admin = new pg.Client(pgPoolConfig(process.env.TEST_POSTGRES_URL!));
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  dropAfter.push(name);
  return { kind, url: withDatabase(process.env.TEST_POSTGRES_URL!, name) };
}

describeEachDatabase('backups', (ctx) => {
  it('copy the live database, and the copy restored holds the same rows and the same migrations', async () => {
    const { db, kind, url } = ctx();
    const slug = `backup-${crypto.randomBytes(4).toString('hex')}`;
    await db.city.create({ data: { slug, name: { ko: '안산', en: 'Ansan' }, agency: {}, phone: '031-000-0000', email: 'city@example.org', website: 'https://example.org' } });
    const source: DatabaseTarget = kind === 'sqlite' ? { kind, file: url.slice('file:'.length) } : { kind, url };
    const file = await backupDatabase(source, backupDir, new Date('2026-12-02T07:00:00Z'));
    expect(path.basename(file)).toBe(kind === 'sqlite' ? 'portal-20261202T070000Z.db' : 'portal-20261202T070000Z.dump');
    // A write after the backup is not in it: the copy is of one moment.
    await db.city.update({ where: { slug }, data: { phone: '031-111-1111' } });

    const target = await emptyTarget(kind);
    await restoreDatabase(file, target);
    const restored = createDb(target);
    try {
      expect(await restored.city.findUnique({ where: { slug }, select: { phone: true, name: true } })).toEqual({ phone: '031-000-0000', name: { ko: '안산', en: 'Ansan' } });
      expect(await restored.city.count()).toBe(await db.city.count());
      expect(await checkReadiness(restored)).toMatchObject({ ok: true, problems: [] });
    } finally {
      await restored.$disconnect();
    }
  });
});

it('a backup is never restored over an existing SQLite file [sqlite]', async () => {
  const live = templateNames().sqlite;
  const file = await backupDatabase({ kind: 'sqlite', file: live }, backupDir);
  const before = fs.statSync(live).mtimeMs;
  await expect(restoreDatabase(file, { kind: 'sqlite', file: live })).rejects.toThrow(/EEXIST/);
  expect(fs.statSync(live).mtimeMs).toBe(before);
});
