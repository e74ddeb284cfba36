import { clearAttempts, refundAttempt, takeAttempt, type ThrottleKey } from './throttle';

/**
 * The throttle keys of each sign-in and code step, most specific first (see takeAttempt): the
 * actions and the burst tests use the same ones.
 */
export const attemptKeys = {
  staffPassword: (email: string, ip: string): ThrottleKey[] => [
    { rule: 'staffSignInAccountAddress', key: `${email}|${ip}` },
    { rule: 'signInAddress', key: ip },
    { rule: 'staffSignInAccount', key: email },
  ],
  // The account first: wrong codes for one account are counted however many addresses send them.
  staffSecondFactor: (staffId: string | null, ip: string): ThrottleKey[] => [...(staffId ? [{ rule: 'staffSecondFactorAccount' as const, key: staffId }] : []), { rule: 'staffSecondFactor', key: ip }],
  residentCodeRequest: (email: string, ip: string): ThrottleKey[] => [
    { rule: 'residentCodeRequestAccountAddress', key: `${email}|${ip}` },
    { rule: 'residentCodeRequestAddress', key: ip },
    { rule: 'residentCodeRequestAccount', key: email },
  ],
  residentCodeCheck: (email: string, ip: string): ThrottleKey[] => [
    { rule: 'residentCodeCheckAccountAddress', key: `${email}|${ip}` },
    { rule: 'signInAddress', key: ip },
    { rule: 'residentCodeCheckAccount', key: email },
  ],
};

export type AttemptOutcome<T> = { kind: 'throttled'; retryAfterSeconds: number } | { kind: 'failed' } | { kind: 'ok'; value: T };

/**
 * Consume first, refund on success: the attempt is counted under every key before `work` runs,
 * so a parallel burst evaluates at most the limit; `work` answers null for a failure (which stays
 * counted). On success the points are given back and the `clear` keys forgotten.
 */
export async function guardedAttempt<T>(keys: ThrottleKey[], work: () => Promise<T | null>, clear: ThrottleKey[] = []): Promise<AttemptOutcome<T>> {
  const state = await takeAttempt(keys);
  if (state.blocked) return { kind: 'throttled', retryAfterSeconds: state.retryAfterSeconds };
  const value = await work();
  if (value === null) return { kind: 'failed' };
  await refundAttempt(keys);
  if (clear.length) await clearAttempts(clear);
  return { kind: 'ok', value };
}
