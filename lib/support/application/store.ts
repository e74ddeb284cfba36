import type { Db } from '@/lib/db/client';
import * as drafts from '@/lib/drafts';
import { isProgrammeCode, type ProgrammeCode } from '../programmes';
import { consentsComplete } from './consents';
import { sections, type ApplicationValues, type Section } from './types';

/** Long enough to gather documents over days or weeks; the clean-up job deletes it after. */
export const APPLICATION_LIFETIME_MS = 60 * 24 * 3600_000;
export const APPLICATION_PURPOSE = 'support-application';

type Store = Pick<Db, 'formDraft' | 'supportApplication' | 'supportProgramme'>;

/** A new application of this programme for the resident: its draft and the row that says whose it is. */
export async function startApplication(db: Store, input: { residentId: string; programme: ProgrammeCode; locale: string; now: Date }) {
  const programme = await db.supportProgramme.findUnique({ where: { code: input.programme }, select: { id: true, active: true } });
  if (!programme?.active) return null;
  const draftId = await drafts.saveDraft(db, APPLICATION_PURPOSE, null, { programme: input.programme } satisfies ApplicationValues, { lifetimeMs: APPLICATION_LIFETIME_MS, now: input.now });
  return db.supportApplication.create({ data: { residentId: input.residentId, programmeId: programme.id, draftId, locale: input.locale, createdAt: input.now }, select: { id: true } });
}

export type OwnApplication = {
  id: string;
  draftId: string;
  programme: ProgrammeCode;
  caseId: string | null;
  values: ApplicationValues | null;
  expiresAt: Date | null;
  updatedAt: Date;
};

/**
 * The resident's own application, with its draft while it lasts. The one access rule for
 * applications on the resident's side: by id AND owner, so another resident's id is "not found".
 */
export async function ownApplication(db: Pick<Db, 'formDraft' | 'supportApplication'>, residentId: string, id: string, now = new Date()): Promise<OwnApplication | null> {
  if (typeof id !== 'string' || id.length === 0 || id.length > 64) return null;
  const row = await db.supportApplication.findFirst({
    where: { id, residentId },
    select: { id: true, draftId: true, caseId: true, updatedAt: true, programme: { select: { code: true } } },
  });
  if (!row || !isProgrammeCode(row.programme.code)) return null;
  const draft = row.caseId ? null : await drafts.readDraft<ApplicationValues>(db, APPLICATION_PURPOSE, row.draftId, now);
  return { id: row.id, draftId: row.draftId, programme: row.programme.code, caseId: row.caseId, values: draft?.values ?? null, expiresAt: draft?.expiresAt ?? null, updatedAt: row.updatedAt };
}

/** Saves the draft's values (each save keeps it another lifetime) and touches the row for "my requests". */
export async function saveValues(db: Pick<Db, 'formDraft' | 'supportApplication'>, app: OwnApplication, values: ApplicationValues, now: Date) {
  await drafts.saveDraft(db, APPLICATION_PURPOSE, app.draftId, values, { lifetimeMs: APPLICATION_LIFETIME_MS, now });
  await db.supportApplication.update({ where: { id: app.id }, data: { updatedAt: now } });
}

export type SectionState = 'done' | 'todo';

/** The task list: each section done or still to do. */
export function sectionStates(values: ApplicationValues): Record<Section, SectionState> {
  const state = {} as Record<Section, SectionState>;
  for (const section of sections) state[section] = (section === 'consents' ? consentsComplete(values) : Boolean(values[section])) ? 'done' : 'todo';
  return state;
}

export const allDone = (values: ApplicationValues) => Object.values(sectionStates(values)).every((s) => s === 'done');

/** The resident's applications not yet submitted whose draft still exists, for "my requests" and the apply page. */
export async function openDrafts(db: Pick<Db, 'formDraft' | 'supportApplication'>, residentId: string, now = new Date()) {
  const rows = await db.supportApplication.findMany({
    where: { residentId, caseId: null },
    orderBy: { updatedAt: 'desc' },
    select: { id: true, draftId: true, updatedAt: true, programme: { select: { code: true } } },
  });
  const live = await db.formDraft.findMany({ where: { id: { in: rows.map((r) => r.draftId) }, purpose: APPLICATION_PURPOSE, expiresAt: { gt: now } }, select: { id: true, expiresAt: true } });
  const expiry = new Map(live.map((d) => [d.id, d.expiresAt]));
  return rows
    .filter((r) => expiry.has(r.draftId) && isProgrammeCode(r.programme.code))
    .map((r) => ({ id: r.id, programme: r.programme.code as ProgrammeCode, updatedAt: r.updatedAt, expiresAt: expiry.get(r.draftId)! }));
}
