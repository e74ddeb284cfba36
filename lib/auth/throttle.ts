import { RateLimiterPrisma, RateLimiterRedis, type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import Redis from 'ioredis';
import { dbForwarder } from '@/lib/db/client';

/**
 * Counters of failed sign-ins and code requests, per account and per client address, in a store
 * every app instance shares: the database by default, Redis when REDIS_URL is set
 * (docs/decisions/006). Every attempt is counted before it is evaluated (takeAttempt) and a success
 * is refunded; any key over its limit blocks the attempt until its window ends.
 */
export const throttleRules = {
  // Per account from one address: a person mistyping is stopped briefly; an attacker elsewhere
  // does not lock the real user out of their own address.
  staffSignInAccountAddress: { points: 5, duration: 15 * 60 },
  staffSignInAccount: { points: 20, duration: 60 * 60 },
  signInAddress: { points: 50, duration: 15 * 60 },
  staffSecondFactor: { points: 5, duration: 15 * 60 },
  // Whoever reaches the second factor knows the password: wrong codes from many addresses stop
  // the account's second factor, not only each address.
  staffSecondFactorAccount: { points: 5, duration: 15 * 60 },
  // Codes by email: per account at one address first, so an attacker elsewhere cannot lock the
  // resident out; the per-account limit is generous and only caps mail sent to one mailbox.
  residentCodeRequestAccountAddress: { points: 5, duration: 60 * 60 },
  residentCodeRequestAccount: { points: 20, duration: 60 * 60 },
  residentCodeRequestAddress: { points: 30, duration: 60 * 60 },
  residentCodeCheckAccountAddress: { points: 5, duration: 15 * 60 },
  residentCodeCheckAccount: { points: 30, duration: 15 * 60 },
  // Email and phone changes send a link or a text each time: per signed-in resident.
  contactChangeResident: { points: 5, duration: 60 * 60 },
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

/**
 * Takes one point from each key, in the order given, before the work is done, and stops at the
 * first key already spent: a burst of parallel requests is counted as it arrives, never checked
 * all at once first. Keys after a refusing one are left alone, so put the narrowest key first
 * (account at this address): an attacker refused there does not also use up the account's
 * generous limit, and the real person at their own address still gets in.
 */
export async function takeAttempt(keys: ThrottleKey[]): Promise<ThrottleState> {
  for (const { rule, key } of keys) {
    try {
      await limiter(rule).consume(key);
    } catch (error: unknown) {
      // Over the limit is expected here; anything else (store down) must surface: fail closed.
      if (!(error instanceof RateLimiterRes)) throw error;
      return { blocked: true, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
    }
  }
  return { blocked: false };
}

/** After a success: give back the point the attempt took under each key. */
export async function refundAttempt(keys: ThrottleKey[]): Promise<void> {
  await Promise.all(keys.map(({ rule, key }) => limiter(rule).reward(key, 1)));
}

/** Tests and diagnostics: how many points a key has used in its current window. */
export async function attemptsCounted({ rule, key }: ThrottleKey): Promise<number> {
  return (await limiter(rule).get(key))?.consumedPoints ?? 0;
}

/** After a success: forget the failures of this account from this address. */
export async function clearAttempts(keys: ThrottleKey[]): Promise<void> {
  await Promise.all(keys.map(({ rule, key }) => limiter(rule).delete(key)));
}

/** Tests only: forget the limiters so the next call picks up a changed store. */
export function resetThrottleStoresForTests() {
  limiters.clear();
}
