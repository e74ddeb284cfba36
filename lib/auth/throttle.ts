import { RateLimiterPrisma, RateLimiterRedis, type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import Redis from 'ioredis';
import { dbForwarder } from '@/lib/db/client';

/**
 * Counters of failed sign-ins and code requests, per account and per client address, in a store
 * every app instance shares: the database by default, Redis when REDIS_URL is set
 * (docs/decisions/006). A failure is counted under every key of the attempt; any key over its
 * limit blocks the attempt until its window ends.
 */
export const throttleRules = {
  // Per account from one address: a person mistyping is stopped briefly; an attacker elsewhere
  // does not lock the real user out of their own address.
  staffSignInAccountAddress: { points: 5, duration: 15 * 60 },
  staffSignInAccount: { points: 20, duration: 60 * 60 },
  signInAddress: { points: 50, duration: 15 * 60 },
  staffSecondFactor: { points: 5, duration: 15 * 60 },
  residentCodeRequestAccount: { points: 5, duration: 60 * 60 },
  residentCodeRequestAddress: { points: 30, duration: 60 * 60 },
  residentCodeCheckAccount: { points: 10, duration: 15 * 60 },
  // Public forms that send mail or texts (a booking): generous, since many residents share one
  // address (a centre's kiosk, a dormitory's wifi, a mobile carrier's NAT), but a script is stopped.
  publicFormAddress: { points: 40, duration: 10 * 60 },
} as const;
export type ThrottleRuleName = keyof typeof throttleRules;
export type ThrottleKey = { rule: ThrottleRuleName; key: string };

const limiters = new Map<ThrottleRuleName, RateLimiterAbstract>();
let redis: Redis | undefined;

function limiter(rule: ThrottleRuleName): RateLimiterAbstract {
  let found = limiters.get(rule);
  if (!found) {
    const { points, duration } = throttleRules[rule];
    const common = { keyPrefix: `throttle:${rule}`, points, duration };
    if (process.env.REDIS_URL) {
      // Commands wait for the connection briefly; if Redis stays down, sign-in fails closed.
      redis ??= new Redis(process.env.REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 2_000 });
      found = new RateLimiterRedis({ ...common, storeClient: redis });
    } else {
      found = new RateLimiterPrisma({ ...common, storeClient: dbForwarder, tableName: 'rateLimiterFlexible', clearExpiredByTimeout: false });
    }
    limiters.set(rule, found);
  }
  return found;
}

export type ThrottleState = { blocked: false } | { blocked: true; retryAfterSeconds: number };

/** Whether any of the attempt's keys is over its limit. */
export async function checkThrottle(keys: ThrottleKey[]): Promise<ThrottleState> {
  let wait = 0;
  for (const { rule, key } of keys) {
    const res = await limiter(rule).get(key);
    if (res && res.consumedPoints >= throttleRules[rule].points) wait = Math.max(wait, Math.ceil(res.msBeforeNext / 1000));
  }
  return wait > 0 ? { blocked: true, retryAfterSeconds: wait } : { blocked: false };
}

/** Counts one failed (or, for code requests, one made) attempt under each key. */
export async function recordAttempt(keys: ThrottleKey[]): Promise<void> {
  await Promise.all(
    keys.map(({ rule, key }) =>
      limiter(rule)
        .consume(key)
        .catch((error: unknown) => {
          // Over the limit is expected here; anything else (store down) must surface.
          if (!(error instanceof RateLimiterRes)) throw error;
        }),
    ),
  );
}

/**
 * Takes one point from every key before the work is done, and says whether any key was already
 * spent: a burst of parallel requests is counted as it arrives, never checked all at once first.
 */
export async function takeAttempt(keys: ThrottleKey[]): Promise<ThrottleState> {
  let wait = 0;
  await Promise.all(
    keys.map(async ({ rule, key }) => {
      try {
        await limiter(rule).consume(key);
      } catch (error: unknown) {
        if (!(error instanceof RateLimiterRes)) throw error;
        wait = Math.max(wait, Math.ceil(error.msBeforeNext / 1000));
      }
    }),
  );
  return wait > 0 ? { blocked: true, retryAfterSeconds: wait } : { blocked: false };
}

/** After a success: forget the failures of this account from this address. */
export async function clearAttempts(keys: ThrottleKey[]): Promise<void> {
  await Promise.all(keys.map(({ rule, key }) => limiter(rule).delete(key)));
}

/** Tests only: forget the limiters so the next call picks up a changed store. */
export function resetThrottleStoresForTests() {
  limiters.clear();
}
