import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { createDb } from '@/lib/db/client';
import { readMigrations } from '@/lib/db/migrate';
import { checkReadiness } from '@/lib/health/readiness';
import { describeEachDatabase, testDir } from '../support/databases';

describeEachDatabase('readiness', (ctx) => {
  it('is ready on a database migrated by this build', async () => {
    expect(await checkReadiness(ctx().db)).toEqual({ ok: true, kind: ctx().kind, problems: [] });
  });

  it('is not ready when the ledger lacks a migration, holds an edited one or one from a newer build', async () => {
    const { db } = ctx();
    const [first, last] = [readMigrations(ctx().kind)[0]!, readMigrations(ctx().kind).at(-1)!];
    await db.$executeRaw`UPDATE "_prisma_migrations" SET checksum = 'edited' WHERE migration_name = ${first.name}`;
    await db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = CURRENT_TIMESTAMP WHERE migration_name = ${last.name}`;
    await db.$executeRaw`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, applied_steps_count) VALUES ('future', 'x', '99999999999999_future', 1)`;
    const readiness = await checkReadiness(db);
    expect(readiness.ok).toBe(false);
    expect(readiness.problems).toEqual([`migration ${first.name} differs from this build`, `migration ${last.name} not applied`, 'migration 99999999999999_future is newer than this build']);
  });

  it('is not ready when a table is missing, even though queries answer', async () => {
    const { db } = ctx();
    await db.$executeRaw`DROP TABLE "RateLimiterFlexible"`;
    const readiness = await checkReadiness(db);
    expect(readiness.ok).toBe(false);
    expect(readiness.problems).toContain('missing table RateLimiterFlexible');
  });
});

it('an SQLite client never creates the file it was pointed at', async () => {
  const file = path.join(testDir, 'missing', 'portal.db');
  const db = createDb({ kind: 'sqlite', file });
  await expect(db.$queryRaw`SELECT 1`).rejects.toThrow();
  await db.$disconnect().catch(() => {});
  expect(fs.existsSync(path.dirname(file))).toBe(false);
});
