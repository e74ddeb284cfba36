import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from '@/lib/auth/passwords';
import { permissionsOf, parseRoles } from '@/lib/auth/roles';
import { clientAddress, parseTrustedProxies } from '@/lib/http/client-address.mjs';

describe('staff passwords', () => {
  it('accept 8 to 128 characters of anything, with no composition rules', () => {
    expect(passwordProblem('plum kettle')).toBeNull();
    expect(passwordProblem('ㅎㅏㄴㄱㅡㄹ비밀번호')).toBeNull();
    expect(passwordProblem('x'.repeat(7) + 'y')).toBeNull();
    expect(passwordProblem('short')).toBe('tooShort');
    expect(passwordProblem('a'.repeat(129))).toBe('tooLong');
    expect(passwordProblem('correct horse battery staple and a long tail of sixty-four+ chars!!')).toBeNull();
  });

  it('refuse common and breached passwords and the email address', () => {
    expect(passwordProblem('password1')).toBe('common');
    expect(passwordProblem('Qwerty123')).toBe('common');
    expect(passwordProblem('minsu.kim2026', { email: 'minsu.kim@city.example' })).toBe('containsEmail');
  });

  it('hash with argon2id and never truncate', async () => {
    const long = 'a'.repeat(100) + 'END';
    const hash = await hashPassword(long);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword({ hash, password: long })).toBe(true);
    expect(await verifyPassword({ hash, password: 'a'.repeat(100) + 'END!' })).toBe(false);
    expect(await verifyPassword({ hash, password: 'a'.repeat(100) })).toBe(false);
  });
});

describe('roles and permissions', () => {
  it('give each role only its permissions', () => {
    expect([...permissionsOf(['counsellor'])]).toEqual(expect.arrayContaining(['case:read:assigned', 'pii:read']));
    expect(permissionsOf(['counsellor']).has('case:read:any')).toBe(false);
    expect(permissionsOf(['editor']).has('pii:read')).toBe(false);
    expect(permissionsOf(['administrator']).has('staff:manage')).toBe(true);
    expect(permissionsOf([]).size).toBe(0);
  });

  it('let counsellors run their consultation day, and supervisors and administrators plan the weeks', () => {
    expect(permissionsOf(['counsellor']).has('consultations:manage')).toBe(true);
    expect(permissionsOf(['counsellor']).has('consultations:schedule')).toBe(false);
    expect(permissionsOf(['supervisor']).has('consultations:manage')).toBe(true);
    expect(permissionsOf(['supervisor']).has('consultations:schedule')).toBe(true);
    expect(permissionsOf(['administrator']).has('consultations:schedule')).toBe(true);
    expect(permissionsOf(['caseworker']).has('consultations:manage')).toBe(false);
  });

  it('let an administrator run the consultation day, but not decide support or publish alone (decision 011)', () => {
    const administrator = permissionsOf(['administrator']);
    expect(administrator.has('consultations:manage')).toBe(true);
    expect(administrator.has('case:read:any')).toBe(true);
    for (const kept of ['support:decide', 'newsletter:publish', 'newsletter:edit', 'classes:manage'] as const) expect(administrator.has(kept)).toBe(false);
  });

  it('let caseworkers decide emergency support and only supervisors approve a grant above the amount (decision 022)', () => {
    const matrix = Object.fromEntries(
      (['administrator', 'supervisor', 'caseworker', 'counsellor', 'class_coordinator', 'editor'] as const).map((role) => [
        role,
        [permissionsOf([role]).has('support:decide'), permissionsOf([role]).has('support:approve')],
      ]),
    );
    expect(matrix).toEqual({
      administrator: [false, false],
      supervisor: [true, true],
      caseworker: [true, false],
      counsellor: [false, false],
      class_coordinator: [false, false],
      editor: [false, false],
    });
    // A caseworker decides only what the case rule lets them change: the cases assigned to them.
    expect(permissionsOf(['caseworker']).has('case:update:any')).toBe(false);
  });

  it('ignore unknown roles stored in the database', () => {
    expect(parseRoles(['administrator', 'superuser', 42])).toEqual(['administrator']);
    expect(parseRoles('administrator')).toEqual([]);
  });
});

describe('client address', () => {
  const none = parseTrustedProxies('');
  const proxy = parseTrustedProxies('10.0.0.5, 10.0.0.6');

  it('is the connection’s address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('198.51.100.7', '1.2.3.4', none)).toBe('198.51.100.7');
    expect(clientAddress('::ffff:198.51.100.7', undefined, none)).toBe('198.51.100.7');
  });

  it('behind trusted proxies is the first untrusted hop from the right, so prepended values are ignored', () => {
    expect(clientAddress('10.0.0.5', 'spoofed-by-client, 203.0.113.9', proxy)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.5', '203.0.113.9, 10.0.0.6', proxy)).toBe('203.0.113.9');
  });

  it('does not believe X-Forwarded-For from an untrusted connection', () => {
    expect(clientAddress('198.51.100.7', '203.0.113.9', proxy)).toBe('198.51.100.7');
  });
});

describe('the client address header', async () => {
  const { clientIpFrom, CLIENT_IP_HEADER, PROXY_KEY_HEADER } = await import('@/lib/http/client-ip');
  it('is believed only with the key of the server process that set it', () => {
    process.env.PORTAL_PROXY_KEY = 'key-of-this-process';
    expect(clientIpFrom(new Headers({ [CLIENT_IP_HEADER]: '203.0.113.5', [PROXY_KEY_HEADER]: 'key-of-this-process' }))).toBe('203.0.113.5');
    expect(clientIpFrom(new Headers({ [CLIENT_IP_HEADER]: '203.0.113.5' }))).toBe('unknown');
    expect(clientIpFrom(new Headers({ [CLIENT_IP_HEADER]: '203.0.113.5', [PROXY_KEY_HEADER]: 'guessed' }))).toBe('unknown');
    delete process.env.PORTAL_PROXY_KEY;
    expect(clientIpFrom(new Headers({ [CLIENT_IP_HEADER]: '203.0.113.5', [PROXY_KEY_HEADER]: '' }))).toBe('unknown');
  });
});
