import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { symmetricEncrypt } from 'better-auth/crypto';
import { createOTP } from '@better-auth/utils/otp';
import { describeEachDatabase, type TestDatabase } from '../support/databases';
import { buildStaffUser } from '@/prisma/builders';
import { attemptsCounted, resetThrottleStoresForTests, takeAttempt } from '@/lib/auth/throttle';
import { attemptKeys, guardedAttempt } from '@/lib/auth/attempts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '@/lib/auth/passwords';
import { claimTotpStep, hotp, totpKey, totpStepAt } from '@/lib/auth/totp-replay';
import { authSecret } from '@/lib/auth/secret';

/**
 * A burst of 50 parallel wrong attempts, then the right one sent while the burst is still in
 * flight but after the limit was reached. `check` is the real check of each step.
 */
async function burst<T>(keys: () => import('@/lib/auth/throttle').ThrottleKey[], check: (guess: string) => Promise<T | null>, wrong: (i: number) => string, right: string) {
  let evaluated = 0;
  let limitReached!: () => void;
  const reached = new Promise<void>((resolve) => (limitReached = resolve));
  const work = (guess: string) => async () => {
    evaluated++;
    if (evaluated === 5) limitReached();
    return check(guess);
  };
  const wrongs = Array.from({ length: 50 }, (_, i) => guardedAttempt(keys(), work(wrong(i))));
  await Promise.race([reached, Promise.all(wrongs)]);
  const rightOutcome = await guardedAttempt(keys(), work(right));
  const outcomes = await Promise.all(wrongs);
  return { evaluated, rightOutcome, outcomes };
}

function throttleSuite(database: () => TestDatabase) {
  // Fresh account names per run, so a suite never reads another's counters.
  const run = crypto.randomBytes(4).toString('hex');
  const email = (name: string) => `${name}.${run}@city.example`;

  it('blocks an account at one address after five attempts, in every app instance, and not the same account elsewhere', async () => {
    const keys = attemptKeys.staffPassword(email('kim'), '198.51.100.1');
    for (let i = 0; i < 5; i++) expect(await takeAttempt(keys)).toEqual({ blocked: false });
    // A second instance has its own limiter objects but reads the same store.
    resetThrottleStoresForTests();
    const state = await takeAttempt(keys);
    expect(state.blocked).toBe(true);
    expect(state.blocked && state.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(await takeAttempt(attemptKeys.staffPassword(email('kim'), '198.51.100.2'))).toEqual({ blocked: false });
  });

  it('a success gives back its point and forgets the failures of the account at that address', async () => {
    const keys = attemptKeys.staffPassword(email('lee'), '198.51.100.3');
    for (let i = 0; i < 4; i++) expect((await guardedAttempt(keys, async () => null)).kind).toBe('failed');
    expect((await guardedAttempt(keys, async () => 'in', keys.slice(0, 1))).kind).toBe('ok');
    expect(await attemptsCounted(keys[0]!)).toBe(0);
    expect(await attemptsCounted(keys[2]!)).toBe(4);
  });

  it('50 parallel wrong staff passwords are counted as 50, at most 5 are checked, and the right password after them is refused', async () => {
    const account = email('park');
    const stored = await hashPassword('seven silver spoons in a drawer');
    const keys = () => attemptKeys.staffPassword(account, '198.51.100.4');
    const { evaluated, rightOutcome, outcomes } = await burst(
      keys,
      async (password) => ((await verifyPassword({ hash: stored, password })) ? true : null),
      (i) => `wrong guess ${i}`,
      'seven silver spoons in a drawer',
    );
    expect(evaluated).toBe(5);
    expect(outcomes.filter((o) => o.kind === 'throttled')).toHaveLength(45);
    expect(rightOutcome.kind).toBe('throttled');
    expect(await attemptsCounted(keys()[0]!)).toBe(51);
    // The account's own limit saw only the attempts that got past the narrower key.
    expect(await attemptsCounted(keys()[2]!)).toBe(5);
  });

  it('an unknown account costs the same argon2 work as a known one', async () => {
    const stored = await hashPassword('a kettle of hawks above the hill');
    const time = async (check: () => Promise<boolean>) => {
      const start = performance.now();
      expect(await check()).toBe(false);
      return performance.now() - start;
    };
    await verifyAgainstDummy('warm up');
    const known = await time(() => verifyPassword({ hash: stored, password: 'wrong' }));
    const unknown = await time(() => verifyAgainstDummy('wrong'));
    // Both are a full argon2id verification (tens of milliseconds), not a lookup (well under one).
    expect(unknown).toBeGreaterThan(known / 4);
  });

  async function staffWithTotp(name: string) {
    const { db } = database();
    const staff = await db.staffUser.create({ data: { ...buildStaffUser({ roles: ['counsellor'], languages: ['ko'] }), email: email(name), twoFactorEnabled: true } });
    const secret = crypto.randomBytes(20).toString('base64url');
    await db.staffTwoFactor.create({ data: { userId: staff.id, secret: await symmetricEncrypt({ key: authSecret(), data: secret }), backupCodes: '[]' } });
    const key = await totpKey((await db.staffTwoFactor.findFirstOrThrow({ where: { userId: staff.id } })).secret);
    const codeAt = (ms: number) => hotp(key, totpStepAt(ms));
    const window = new Set([-30_000, 0, 30_000].map((d) => codeAt(Date.now() + d)));
    const wrongCode = (i: number) => {
      for (let n = i; ; n += 50) {
        const code = String(100_000 + n * 7919).slice(0, 6);
        if (!window.has(code)) return code;
      }
    };
    return { staff, secret, codeAt, wrongCode };
  }

  it('50 parallel wrong TOTP codes for one account are counted as 50, at most 5 are checked, and the right code after them is refused', async () => {
    const { db } = database();
    const { staff, codeAt, wrongCode } = await staffWithTotp('choi');
    const keys = () => attemptKeys.staffSecondFactor(staff.id, '198.51.100.5');
    const { evaluated, rightOutcome } = await burst(keys, async (code) => ((await claimTotpStep(db, staff.id, code)) === 'claimed' ? staff.id : null), wrongCode, codeAt(Date.now()));
    expect(evaluated).toBe(5);
    expect(rightOutcome.kind).toBe('throttled');
    expect(await attemptsCounted(keys()[0]!)).toBe(51);
  });

  it('wrong TOTP codes from six different addresses block the account’s second factor', async () => {
    const { db } = database();
    const { staff, codeAt, wrongCode } = await staffWithTotp('jung');
    const check = (code: string) => async () => ((await claimTotpStep(db, staff.id, code)) === 'claimed' ? staff.id : null);
    for (let i = 0; i < 5; i++) expect((await guardedAttempt(attemptKeys.staffSecondFactor(staff.id, `203.0.113.${i + 1}`), check(wrongCode(i)))).kind).toBe('failed');
    // A sixth address, even with the right code.
    expect((await guardedAttempt(attemptKeys.staffSecondFactor(staff.id, '203.0.113.6'), check(codeAt(Date.now())))).kind).toBe('throttled');
    // Another account's second factor at that address is unaffected.
    const other = await staffWithTotp('kang');
    expect(
      (await guardedAttempt(attemptKeys.staffSecondFactor(other.staff.id, '203.0.113.6'), async () => ((await claimTotpStep(db, other.staff.id, other.codeAt(Date.now()))) === 'claimed' ? 1 : null)))
        .kind,
    ).toBe('ok');
  });

  it('a TOTP code is accepted once: the same code again, the same code twice at once, or a code of an earlier step is refused', async () => {
    const { db } = database();
    const { staff, secret, codeAt } = await staffWithTotp('yoon');
    const now = Date.now();
    // The step is found with the same codes Better Auth computes (and an authenticator app shows).
    expect([codeAt(now), codeAt(now + 30_000)]).toContain(await createOTP(secret).totp());
    expect(await claimTotpStep(db, staff.id, codeAt(now), now)).toBe('claimed');
    expect(await claimTotpStep(db, staff.id, codeAt(now), now)).toBe('reused');
    const next = now + 30_000;
    const both = await Promise.all([claimTotpStep(db, staff.id, codeAt(next), next), claimTotpStep(db, staff.id, codeAt(next), next)]);
    expect(both.sort()).toEqual(['claimed', 'reused']);
    // The code of the step before, still inside Better Auth's window, is refused too.
    expect(await claimTotpStep(db, staff.id, codeAt(now), next)).toBe('reused');
    expect(await claimTotpStep(db, staff.id, '000000', next + 30_000)).toBe(codeAt(next + 30_000) === '000000' ? 'claimed' : 'wrong');
  });

  it('50 parallel wrong resident email codes are counted as 50, at most 5 are checked, and the right code after them is refused', async () => {
    const account = email('resident.burst');
    const keys = () => attemptKeys.residentCodeCheck(account, '198.51.100.6');
    const { evaluated, rightOutcome } = await burst(
      keys,
      async (code) => (code === '482913' ? 'resident' : null),
      (i) => String(100_000 + i),
      '482913',
    );
    expect(evaluated).toBe(5);
    expect(rightOutcome.kind).toBe('throttled');
    expect(await attemptsCounted(keys()[0]!)).toBe(51);
  });

  it('after an attacker floods a resident’s code requests from another address, the resident asks for and uses a code from their own', async () => {
    const account = email('resident.flooded');
    const flood = await Promise.all(Array.from({ length: 50 }, () => takeAttempt(attemptKeys.residentCodeRequest(account, '192.0.2.66'))));
    expect(flood.filter((s) => !s.blocked)).toHaveLength(5);
    // Wrong codes from the attacker's address too.
    for (let i = 0; i < 10; i++) await guardedAttempt(attemptKeys.residentCodeCheck(account, '192.0.2.66'), async () => null);
    expect(await takeAttempt(attemptKeys.residentCodeRequest(account, '198.51.100.7'))).toEqual({ blocked: false });
    expect((await guardedAttempt(attemptKeys.residentCodeCheck(account, '198.51.100.7'), async () => 'resident')).kind).toBe('ok');
  });
}

describeEachDatabase('sign-in throttling', (database) => {
  beforeAll(() => resetThrottleStoresForTests());
  throttleSuite(database);
});

describe.runIf(process.env.TEST_REDIS_URL)('sign-in throttling [redis]', () => {
  beforeAll(async () => {
    process.env.REDIS_URL = process.env.TEST_REDIS_URL;
    resetThrottleStoresForTests();
  });
  afterAll(() => {
    delete process.env.REDIS_URL;
    resetThrottleStoresForTests();
  });
  describeEachDatabase('store', (database) => {
    // Redis outlives each database suite: start each with no counters (addresses repeat).
    beforeAll(async () => {
      const { default: Redis } = await import('ioredis');
      const client = new Redis(process.env.TEST_REDIS_URL!);
      const stale = await client.keys('throttle:*');
      if (stale.length) await client.del(...stale);
      await client.quit();
    });
    throttleSuite(database);
  });
});
