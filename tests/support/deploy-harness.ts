// The production layout for the deploy tests (tests/e2e/deploy): what `npm run deploy:local`
// starts (deploy/stack.ts), on the browser tests' production build (.next-e2e<tag>) and a
// PostgreSQL database of its own, or on a PostgreSQL server of its own that a test may stop.
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { migrate, startStack, type Stack } from '@/deploy/stack';
import { createDatabase, RACE_AUTH_SECRET, type RaceDatabase } from './race-harness';

const run = promisify(execFile);
export const distDir = `.next-e2e${process.env.E2E_TAG ?? ''}`;

/**
 * The server-action key of the build being served, given to every instance as production gives
 * NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (deploy/production.env.example): the build wrote it into its
 * manifest, and a different one at run time would not open what the prerendered pages carry.
 */
export function actionKeyOf(dir = distDir): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), dir, 'server', 'server-reference-manifest.json'), 'utf8')) as { encryptionKey?: string };
  if (!manifest.encryptionKey) throw new Error(`${dir} has no server-action key in its manifest: build it first (scripts/e2e-prepare.mjs).`);
  return manifest.encryptionKey;
}

/** What every instance shares, as deploy/production.env.example lists it. */
export function productionEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_DIST_DIR: distDir,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: RACE_AUTH_SECRET,
    SUPPORT_DATA_KEY: 'd0'.repeat(32),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actionKeyOf(),
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    // The browser tests' mail sink (scripts/e2e-server.mjs): sign-in codes arrive there.
    SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? '2599'}`,
  };
}

export type Deployment = { stack: Stack; database: RaceDatabase; origin: string; stop: () => Promise<void> };

/** A fresh PostgreSQL database on the shared server, migrated and seeded, two instances and nginx. */
export async function startDeployment({ ports, proxyPort, runDir }: { ports: number[]; proxyPort: number; runDir: string }): Promise<Deployment> {
  const database = await createDatabase('postgres', `deploy_${crypto.randomBytes(3).toString('hex')}`);
  try {
    await migrate(database.url);
    const stack = await startStack({ env: productionEnv(database.url), ports, proxyPort, runDir });
    return {
      stack,
      database,
      origin: stack.proxy.origin,
      stop: async () => {
        await stack.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

/** One query on a database (the tests' own rows and checks). */
export async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** A resident who may sign in with a code sent to `email`. */
export async function insertResident(url: string, email: string, locale: string): Promise<string> {
  const id = `r_${crypto.randomBytes(6).toString('hex')}`;
  await query(url, 'INSERT INTO "Resident" (id, name, email, "preferredLocale", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, now(), now())', [id, 'Deploy Resident', email, locale]);
  return id;
}

// ---------------------------------------------------------------------------------------------
// A PostgreSQL server of the test's own, which it may stop (never the shared one on 5432).

export type OwnPostgres = { url: (database: string) => string; stop: () => Promise<void>; start: () => Promise<void>; remove: () => Promise<void> };

const postgresBin = () => {
  const base = '/usr/lib/postgresql';
  const version = fs
    .readdirSync(base)
    .filter((name) => fs.existsSync(path.join(base, name, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a))[0];
  if (!version) throw new Error(`No PostgreSQL server binaries under ${base} (apt-get install postgresql).`);
  return path.join(base, version, 'bin');
};

/** As the postgres user when this runs as root (PostgreSQL refuses to run as root). */
const asPostgres = (command: string, args: string[]) => (process.getuid?.() === 0 ? run('runuser', ['-u', 'postgres', '--', command, ...args]) : run(command, args));

/** initdb in a temporary folder and a server on `port` (trust on loopback), started. */
export async function ownPostgres(port: number): Promise<OwnPostgres> {
  const bin = postgresBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-deploy-pg-'));
  if (process.getuid?.() === 0) await run('chown', ['postgres', dir]);
  const data = path.join(dir, 'data');
  await asPostgres(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const pgCtl = (args: string[]) => asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, ...args]);
  const start = async () => {
    await pgCtl(['-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, '-l', path.join(dir, 'log'), '-w', 'start']);
  };
  const stop = async () => {
    await pgCtl(['-m', 'fast', '-w', 'stop']);
  };
  await start();
  return {
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start,
    stop,
    remove: async () => {
      await stop().catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
