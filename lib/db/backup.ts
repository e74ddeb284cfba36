import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { type DatabaseTarget } from './config';

const run = promisify(execFile);

/**
 * A consistent copy of the live database, taken while the portal keeps running (SECURITY 25-28):
 * SQLite through its online backup API (better-sqlite3 `.backup()`, which copies pages in steps
 * and starts again when a writer changed them, so instances keep writing meanwhile); PostgreSQL
 * with `pg_dump` in its custom format, restored with `pg_restore`.
 */
export async function backupDatabase(target: DatabaseTarget, dir: string, now = new Date()): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  if (target.kind === 'sqlite') {
    const file = path.join(dir, `portal-${stamp}.db`);
    const source = new Database(target.file, { fileMustExist: true, readonly: true });
    try {
      await source.backup(file);
    } finally {
      source.close();
    }
    return file;
  }
  const file = path.join(dir, `portal-${stamp}.dump`);
  await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${target.url}`], { maxBuffer: 16 * 1024 * 1024 });
  return file;
}

/**
 * Puts a backup into an empty database: an SQLite file that must not exist yet (nothing is
 * overwritten by mistake), or an empty PostgreSQL database.
 */
export async function restoreDatabase(backup: string, target: DatabaseTarget): Promise<void> {
  if (target.kind === 'sqlite') {
    fs.copyFileSync(backup, target.file, fs.constants.COPYFILE_EXCL);
    return;
  }
  await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${target.url}`, backup], { maxBuffer: 16 * 1024 * 1024 });
}
