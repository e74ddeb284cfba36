import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { checkThrottle, clearAttempts, recordAttempt, resetThrottleStoresForTests, type ThrottleKey } from '@/lib/auth/throttle';

const keys = (account: string, address: string): ThrottleKey[] => [
  { rule: 'staffSignInAccountAddress', key: `${account}|${address}` },
  { rule: 'staffSignInAccount', key: account },
  { rule: 'signInAddress', key: address },
];

function throttleSuite() {
  it('blocks an account at one address after five failures, in every app instance', async () => {
    const attempt = keys('kim@city.example', '198.51.100.1');
    for (let i = 0; i < 5; i++) await recordAttempt(attempt);
    // A second instance has its own limiter objects but reads the same store.
    resetThrottleStoresForTests();
    const state = await checkThrottle(attempt);
    expect(state.blocked).toBe(true);
    expect(state.blocked && state.retryAfterSeconds).toBeGreaterThan(14 * 60);
    // The same account from another address is not blocked.
    expect(await checkThrottle(keys('kim@city.example', '198.51.100.2'))).toEqual({ blocked: false });
  });

  it('forgets the failures of an account at an address after a success', async () => {
    const attempt = keys('lee@city.example', '198.51.100.3');
    for (let i = 0; i < 5; i++) await recordAttempt(attempt);
    await clearAttempts(attempt.slice(0, 1));
    expect(await checkThrottle(attempt)).toEqual({ blocked: false });
  });

  it('counts concurrent failures exactly', async () => {
    const attempt = keys('park@city.example', '198.51.100.4');
    await Promise.all(Array.from({ length: 4 }, () => recordAttempt(attempt)));
    expect(await checkThrottle(attempt)).toEqual({ blocked: false });
    await recordAttempt(attempt);
    expect((await checkThrottle(attempt)).blocked).toBe(true);
  });
}

describeEachDatabase('sign-in throttling', () => {
  beforeAll(() => resetThrottleStoresForTests());
  throttleSuite();
});

describe.runIf(process.env.TEST_REDIS_URL)('sign-in throttling [redis]', () => {
  beforeAll(async () => {
    process.env.REDIS_URL = process.env.TEST_REDIS_URL;
    resetThrottleStoresForTests();
    const { default: Redis } = await import('ioredis');
    const client = new Redis(process.env.TEST_REDIS_URL!);
    const stale = await client.keys('throttle:*');
    if (stale.length) await client.del(...stale);
    await client.quit();
  });
  afterAll(() => {
    delete process.env.REDIS_URL;
    resetThrottleStoresForTests();
  });
  throttleSuite();
});
