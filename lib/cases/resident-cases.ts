import 'server-only';
import { db } from '@/lib/db';
import type { ResidentContext } from '@/lib/auth/guards';
import type { ServiceKind } from '@/lib/db/generated/sqlite/enums';
import type { CaseKind, NextStep } from './define';

export type ResidentCase = {
  id: string;
  reference: string;
  kind: ServiceKind;
  status: string;
  createdAt: Date;
  updatedAt: Date;
  nextStep: NextStep;
  /** What happened, as event names and times only: staff notes and staff work are never shown. */
  history: { type: string; at: Date }[];
};

/**
 * Every case of the signed-in resident, newest first, each read through its kind's declaration:
 * only the events the kind shows residents, and the next step its status implies. Only their own.
 */
export async function residentCases(resident: ResidentContext, kinds: readonly CaseKind[]): Promise<ResidentCase[]> {
  const rows = await db.case.findMany({
    where: { residentId: resident.id },
    orderBy: { createdAt: 'desc' },
    select: { id: true, reference: true, kind: true, status: true, createdAt: true, updatedAt: true, events: { orderBy: { createdAt: 'asc' }, select: { type: true, createdAt: true } } },
  });
  return rows.map(({ events, ...row }) => {
    const kind = kinds.find((k) => k.kind === row.kind);
    const shown = new Set<string>(kind?.residentEvents ?? []);
    return {
      ...row,
      nextStep: kind ? ((kind.nextStep as Record<string, NextStep>)[row.status] ?? 'none') : 'none',
      history: events.filter((event) => shown.has(event.type)).map((event) => ({ type: event.type, at: event.createdAt })),
    };
  });
}
