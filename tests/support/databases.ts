import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { createDb, switchDatabase, type Db } from '@/lib/db/client';
import { pgPoolConfig } from '@/lib/db/config';

/**
 * Integration tests run against real databases: a fresh SQLite file per test file (copied from a
 * migrated template), and, when TEST_POSTGRES_URL is set, a fresh PostgreSQL database per test
 * file (created from a migrated template database). See integration-global-setup.ts.
 */
export type TestDatabase = { kind: 'sqlite' | 'postgres'; db: Db; url: string };

export const testDir = path.join(process.cwd(), 'data', 'test');

export function availableDatabases(): ('sqlite' | 'postgres')[] {
  return process.env.TEST_POSTGRES_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** Named after the checkout, so two checkouts can test against one PostgreSQL server at once. */
export function templateNames() {
  const checkout = crypto.createHash('sha256').update(process.cwd()).digest('hex').slice(0, 10);
  return { sqlite: path.join(testDir, 'template.db'), postgres: `portal_test_template_${checkout}` };
}

export function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function createTestDatabase(kind: 'sqlite' | 'postgres'): Promise<{ url: string; drop: () => Promise<void> }> {
  const id = crypto.randomBytes(6).toString('hex');
  if (kind === 'sqlite') {
    const file = path.join(testDir, `t-${id}.db`);
    fs.copyFileSync(templateNames().sqlite, file);
    return { url: `file:${file}`, drop: async () => fs.rmSync(file, { force: true }) };
  }
  const admin = new pg.Client(pgPoolConfig(process.env.TEST_POSTGRES_URL!));
  await admin.connect();
  const name = `portal_test_${id}`;
  // Copies of one template made at the same moment can collide ("being accessed by other users").
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateNames().postgres}`);
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
  await admin.end();
  return {
    url: withDatabase(process.env.TEST_POSTGRES_URL!, name),
    drop: async () => {
      const c = new pg.Client(pgPoolConfig(process.env.TEST_POSTGRES_URL!));
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * Runs the same suite once per available database; the database's name is in every test's title,
 * so the output shows both. The app's `db` points at the suite's database while it runs.
 */
export function describeEachDatabase(title: string, suite: (ctx: () => TestDatabase) => void) {
  for (const kind of availableDatabases()) {
    describe(`${title} [${kind}]`, () => {
      let current: TestDatabase | undefined;
      let drop: (() => Promise<void>) | undefined;
      beforeAll(async () => {
        const created = await createTestDatabase(kind);
        drop = created.drop;
        const db = createDb(kind === 'sqlite' ? { kind, file: created.url.slice('file:'.length) } : { kind, url: created.url });
        current = { kind, db, url: created.url };
        switchDatabase(db);
      });
      afterAll(async () => {
        switchDatabase(undefined);
        await current?.db.$disconnect();
        await drop?.();
      });
      suite(() => {
        if (!current) throw new Error('database not ready');
        switchDatabase(current.db);
        return current;
      });
    });
  }
}
