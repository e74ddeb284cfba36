import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { envVariables, frameworkVariables, readEnv } from '@/lib/env';
import { databaseTarget } from '@/lib/db/config';

const root = path.join(__dirname, '../..');

function codeFiles(entry: string): string[] {
  const full = path.join(root, entry);
  if (!statSync(full, { throwIfNoEntry: false })) return [];
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full)
    .flatMap((name) => (name === 'generated' || name === 'node_modules' ? [] : codeFiles(path.join(entry, name))))
    .filter((f) => /\.(ts|tsx|mjs|js)$/.test(f));
}

/** Variables these files read from process.env (by dot or by quoted name). */
function variablesRead(entries: string[], except: string[] = []) {
  const read = new Map<string, string>();
  for (const file of entries.flatMap(codeFiles).filter((f) => !except.includes(path.relative(root, f)))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/process\.env(?:\.([A-Z][A-Z0-9_]*)|\[['"]([A-Z][A-Z0-9_]*)['"]\])/g)) {
      read.set(m[1] ?? m[2]!, path.relative(root, file));
    }
  }
  return read;
}

const example = readFileSync(path.join(root, '.env.example'), 'utf8');
const exampleLines = example.split('\n');
/** Listed as `X=` (or `# X=` for one to leave unset), with a comment somewhere above it. */
const listed = (name: string) => exampleLines.some((line) => new RegExp(`^(# )?${name}=`).test(line));
const testOnlyAt = exampleLines.findIndex((line) => line.startsWith('# --- Tests only'));

// What the portal runs: pages, domains, components, its scripts and server, Next and Prisma config.
const appCode = ['app', 'lib', 'components', 'scripts', 'prisma', 'server.mjs', 'instrumentation.ts', 'proxy.ts', 'next.config.ts', 'prisma.config.ts'];
// What only the test suite runs, its scripts included.
const testScripts = ['scripts/test.mjs', 'scripts/e2e-server.mjs', 'scripts/e2e-prepare.mjs', 'scripts/audit.mjs', 'scripts/check-browser.mjs'];
const testCode = ['tests', 'playwright.config.ts', 'vitest.config.ts', ...testScripts];
const portalRead = () => variablesRead(appCode, testScripts);

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
    expect(() => readEnv({ SCHEDULER: 'no' })).toThrow(/SCHEDULER/);
    expect(() => readEnv({ PORTAL_PROXY_KEY: 'guessable' })).toThrow(/PORTAL_PROXY_KEY/);
    expect(() => readEnv({ SUPPORT_APPROVAL_ABOVE: '3,000,000' })).toThrow(/SUPPORT_APPROVAL_ABOVE/);
    expect(() => readEnv({ LETTER_FONT_DIRS: 'fonts/noto' })).toThrow(/LETTER_FONT_DIRS/);
    expect(readEnv({ LETTER_FONT_DIRS: '/usr/share/fonts/truetype/noto:/opt/fonts' })).toMatchObject({ LETTER_FONT_DIRS: '/usr/share/fonts/truetype/noto:/opt/fonts' });
  });

  it("asks for a supervisor's approval above 3,000,000 won unless told another amount or none", () => {
    expect(readEnv({}).SUPPORT_APPROVAL_ABOVE).toBe(3_000_000);
    expect(readEnv({ SUPPORT_APPROVAL_ABOVE: '5000000' }).SUPPORT_APPROVAL_ABOVE).toBe(5_000_000);
    expect(readEnv({ SUPPORT_APPROVAL_ABOVE: 'none' }).SUPPORT_APPROVAL_ABOVE).toBeNull();
  });

  it('accepts .env.example as it is, empty values meaning unset', () => {
    const values = Object.fromEntries(exampleLines.filter((line) => /^[A-Z]/.test(line)).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
    expect(readEnv(values)).toMatchObject({ PORT: 3000, SMTP_URL: undefined, DISPATCHER: undefined });
  });

  it('validates and documents every variable the portal reads', () => {
    const read = portalRead();
    expect(read.size).toBeGreaterThan(10);
    const framework: readonly string[] = frameworkVariables;
    const schema: readonly string[] = envVariables;
    const notValidated = [...read].filter(([name]) => !schema.includes(name) && !framework.includes(name)).map(([name, file]) => `${name} (${file})`);
    expect(notValidated).toEqual([]);
    const notDocumented = [...read.keys()].filter((name) => !framework.includes(name) && !listed(name));
    expect(notDocumented).toEqual([]);
    // ...and lists nothing the schema does not know (a stale entry misleads whoever deploys).
    const portalSection = exampleLines.slice(0, testOnlyAt).flatMap((line) => /^(?:# )?([A-Z][A-Z0-9_]*)=/.exec(line)?.[1] ?? []);
    expect(portalSection.filter((name) => !schema.includes(name))).toEqual([]);
  });

  it('documents the variables only the tests read, as test-only', () => {
    expect(testOnlyAt).toBeGreaterThan(0);
    const appRead = portalRead();
    const testOnly = [...variablesRead(testCode).keys()].filter((name) => !appRead.has(name) && !envVariables.includes(name as never));
    expect(testOnly).toEqual(expect.arrayContaining(['TEST_POSTGRES_URL', 'E2E_PORT']));
    const undocumented = testOnly.filter((name) => !exampleLines.slice(testOnlyAt).some((line) => line.startsWith(`${name}=`)));
    expect(undocumented).toEqual([]);
  });
});
