import { ruleSchema, type Rules } from '../rules/schema';

export type RuleVersion = { id: string; version: string; effectiveFrom: Date; rules: unknown };
export type CheckedVersion = { id: string; version: string; effectiveFrom: Date; rules: Rules };

/**
 * The version in force at `now`: the latest whose date has come. Limits change every 1 January
 * (Seoul), so a check made on 31 December and one made on 1 January use different versions;
 * the clock is always passed in. Null when none has started yet.
 */
export function versionInForce<V extends { effectiveFrom: Date }>(versions: readonly V[], now: Date): V | null {
  let best: V | null = null;
  for (const v of versions) if (v.effectiveFrom.getTime() <= now.getTime() && (!best || v.effectiveFrom > best.effectiveFrom)) best = v;
  return best;
}

/** The version after the one in force, when one is already known (next year's limits, published ahead). */
export function nextVersion<V extends { effectiveFrom: Date }>(versions: readonly V[], now: Date): V | null {
  let best: V | null = null;
  for (const v of versions) if (v.effectiveFrom.getTime() > now.getTime() && (!best || v.effectiveFrom < best.effectiveFrom)) best = v;
  return best;
}

/** The stored rules read through the schema; a version whose rules do not parse is not used. */
export function checked(version: RuleVersion): CheckedVersion | null {
  const parsed = ruleSchema.safeParse(version.rules);
  return parsed.success ? { id: version.id, version: version.version, effectiveFrom: version.effectiveFrom, rules: parsed.data } : null;
}
