import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the production server', () => {
  it('refuses to start without the secrets every instance must share, before it opens anything', () => {
    // Everything this test process has, less the secret and the local fallback.
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', PORT: '0' };
    delete env.AUTH_SECRET;
    delete env.SUPPORT_DATA_KEY;
    delete env.PORTAL_LOCAL_SECRETS;
    const result = spawnSync(process.execPath, ['server.mjs'], { env, encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('AUTH_SECRET is not set');
    expect(result.stderr).toContain('SUPPORT_DATA_KEY is not set');
  });

  it('refuses to start when its SQLite file is missing, and creates nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-missing-'));
    const file = path.join(dir, 'data', 'portal.db');
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', PORT: '0', DATABASE_URL: `file:${file}`, AUTH_SECRET: 'x'.repeat(32), SUPPORT_DATA_KEY: 'a0'.repeat(32) };
    try {
      const result = spawnSync(process.execPath, ['server.mjs'], { env, encoding: 'utf8', timeout: 20_000 });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`The SQLite database ${file} does not exist`);
      // Not the file, its WAL, nor even the folder it would be in.
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
