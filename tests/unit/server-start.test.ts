import { spawnSync } from 'node:child_process';
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
});
