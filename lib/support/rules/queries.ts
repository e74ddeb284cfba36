import type { Db } from '@/lib/db/client';
import { checked, nextVersion, versionInForce, type CheckedVersion } from '../eligibility/version';
import { evaluate, type Answers, type Outcome } from '../eligibility/evaluate';
import { isProgrammeCode, type ProgrammeCode } from '../programmes';

export type ProgrammeInForce = { id: string; code: ProgrammeCode; current: CheckedVersion; next: CheckedVersion | null };

type Store = Pick<Db, 'supportProgramme'>;

/** The active programmes in their order, each with the rules in force at `now` and next year's when known. */
export async function programmesInForce(db: Store, now: Date): Promise<ProgrammeInForce[]> {
  const rows = await db.supportProgramme.findMany({
    where: { active: true },
    orderBy: { sortOrder: 'asc' },
    select: { id: true, code: true, ruleSets: { select: { id: true, version: true, effectiveFrom: true, rules: true } } },
  });
  const result: ProgrammeInForce[] = [];
  for (const row of rows) {
    if (!isProgrammeCode(row.code)) continue;
    const versions = row.ruleSets.map(checked).filter((v): v is CheckedVersion => v !== null);
    const current = versionInForce(versions, now);
    if (current) result.push({ id: row.id, code: row.code, current, next: nextVersion(versions, now) });
  }
  return result;
}

export async function programmeInForce(db: Store, code: string, now: Date): Promise<ProgrammeInForce | null> {
  if (!isProgrammeCode(code)) return null;
  return (await programmesInForce(db, now)).find((p) => p.code === code) ?? null;
}

export type RecordedCheck = { id: string; outcome: Outcome; version: string };

/** Evaluates the answers against the version in force and records both, with the version used. */
export async function recordPrecheck(db: Pick<Db, 'supportProgramme' | 'supportPrecheck'>, input: { code: string; answers: Answers; locale: string; now: Date }): Promise<RecordedCheck | null> {
  const programme = await programmeInForce(db, input.code, input.now);
  if (!programme) return null;
  const outcome = evaluate(programme.current.rules, input.answers);
  const row = await db.supportPrecheck.create({
    data: {
      programmeId: programme.id,
      ruleSetId: programme.current.id,
      locale: input.locale,
      eligible: outcome.eligible,
      failedRules: outcome.eligible ? [] : outcome.failures.map((f) => f.rule),
      answers: input.answers,
      createdAt: input.now,
    },
    select: { id: true },
  });
  return { id: row.id, outcome, version: programme.current.version };
}
