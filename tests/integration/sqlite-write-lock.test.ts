import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/lib/db/client';
import { isDatabaseBusy } from '@/lib/db/retry';
import { templateNames, testDir } from '../support/databases';

// SQLite only: the write lock held by another process is SQLite's fault to survive (issue 13).
// The other process is stood in for by a second connection in this one; better-sqlite3 is
// synchronous, so holding its lock costs this process nothing.
describe('a write lock held by another connection [sqlite]', () => {
  const opened: { db: Db; locker: Database.Database; file: string }[] = [];
  const open = (busyBudgetMs?: number) => {
    const file = path.join(testDir, `lock-${crypto.randomBytes(4).toString('hex')}.db`);
    fs.copyFileSync(templateNames().sqlite, file);
    const entry = { db: createDb({ kind: 'sqlite', file }, busyBudgetMs ? { busyBudgetMs } : undefined), locker: new Database(file), file };
    opened.push(entry);
    return entry;
  };
  afterEach(async () => {
    for (const { db, locker, file } of opened.splice(0)) {
      if (locker.inTransaction) locker.exec('ROLLBACK');
      locker.close();
      await db.$disconnect();
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    }
  });

  it('leaves the process free while a write waits, and the write goes through once the lock is released', async () => {
    const { db, locker } = open();
    locker.exec('BEGIN IMMEDIATE');
    let writeSettled = false;
    const write = db.city
      .create({ data: { slug: 'lock-test', name: { ko: '잠금', en: 'Lock' }, agency: {}, phone: '0', email: 'x@example.org', website: 'https://example.org' } })
      .finally(() => (writeSettled = true));
    // While the write is waiting, a read is answered and timers fire: nothing is blocked. With
    // the old 10 s synchronous busy wait both came only after the write had failed.
    await new Promise((resolve) => setImmediate(resolve));
    expect(await db.$queryRaw`SELECT COUNT(*) AS n FROM "City"`).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(writeSettled).toBe(false);
    locker.exec('COMMIT');
    const city = await write;
    expect(await db.city.findUnique({ where: { id: city.id } })).not.toBeNull();
  });

  it('retries inside a transaction too', async () => {
    const { db, locker } = open();
    locker.exec('BEGIN IMMEDIATE');
    const transaction = db.$transaction(async (tx) =>
      tx.city.create({ data: { slug: 'lock-tx', name: { ko: '잠금', en: 'Lock' }, agency: {}, phone: '0', email: 'x@example.org', website: 'https://example.org' } }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    locker.exec('COMMIT');
    const city = await transaction;
    expect(await db.city.count({ where: { id: city.id } })).toBe(1);
  });

  it('gives up after its budget with an error the pages recognise as "try again", and writes nothing', async () => {
    const { db, locker } = open(100);
    locker.exec('BEGIN IMMEDIATE');
    const error = await db.city
      .create({ data: { slug: 'lock-late', name: { ko: '잠금', en: 'Lock' }, agency: {}, phone: '0', email: 'x@example.org', website: 'https://example.org' } })
      .catch((e: unknown) => e);
    expect(isDatabaseBusy(error)).toBe(true);
    locker.exec('COMMIT');
    expect(await db.city.count({ where: { slug: 'lock-late' } })).toBe(0);
  });
});
