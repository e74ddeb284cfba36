import { describe, expect, it } from 'vitest';
import { readEnv } from '@/lib/env';
import { databaseTarget } from '@/lib/db/config';

describe('environment', () => {
  it('serves a local portal with no variables set', () => {
    expect(readEnv({})).toMatchObject({ NODE_ENV: 'development', PORT: 3000, SITE_URL: 'http://localhost:3000' });
    expect(databaseTarget(undefined)).toMatchObject({ kind: 'sqlite' });
    expect(databaseTarget(undefined).kind === 'sqlite' && databaseTarget(undefined)).toMatchObject({ file: expect.stringMatching(/data\/portal\.db$/) });
  });

  it('chooses PostgreSQL for a postgres URL', () => {
    expect(databaseTarget('postgresql://u:p@db:5432/portal')).toEqual({ kind: 'postgres', url: 'postgresql://u:p@db:5432/portal' });
  });

  it('refuses a malformed variable at start with a message naming it', () => {
    expect(() => readEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
