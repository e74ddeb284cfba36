import 'server-only';
import type { ResidentContext } from '@/lib/auth/guards';
import { residentCases, type ResidentCase } from '@/lib/cases/resident-cases';
import type { ResidentCaseSummary, ResidentDraft } from '@/lib/cases/registration';
import { db } from '@/lib/db';
import { services } from './services';

export type MyRequest = ResidentCase & { summary: ResidentCaseSummary; registered: boolean };

/** "My requests": the resident's cases from the core, each with what its service adds. */
export async function listMyRequests(resident: ResidentContext): Promise<MyRequest[]> {
  const cases = await residentCases(
    resident,
    services.map((service) => service.kind),
  );
  const summaries = new Map<string, ResidentCaseSummary>();
  for (const service of services) {
    const ids = cases.filter((c) => c.kind === service.kind.kind).map((c) => c.id);
    if (ids.length > 0) for (const [id, summary] of await service.residentSummaries(db, ids)) summaries.set(id, summary);
  }
  const registered = new Set<string>(services.map((service) => service.kind.kind));
  return cases.map((c) => ({ ...c, summary: summaries.get(c.id) ?? {}, registered: registered.has(c.kind) }));
}

export type MyDraft = ResidentDraft & { kind: string };

/** "My requests": what the resident started and has not sent yet, from each service that keeps drafts. */
export async function listMyDrafts(resident: ResidentContext, now = new Date()): Promise<MyDraft[]> {
  const lists = await Promise.all(
    services.map(async (service) => (service.residentDrafts ? (await service.residentDrafts(db, resident.id, now)).map((d) => ({ ...d, kind: service.kind.kind })) : [])),
  );
  return lists.flat().sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime());
}
