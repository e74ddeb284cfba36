import { emergencySupportKind } from '@/lib/cases/kinds/emergency-support';
import type { ResidentCaseSummary, ServiceRegistration } from '@/lib/cases/registration';
import { withdrawableStatuses } from './application/withdraw';
import { openDrafts } from './application/store';
import { makeDueLetters } from './letters/queue';

/** Emergency support as the shared screens see it: its case kind, staff panel and drafts in "my requests". */
export const emergencySupportService: ServiceRegistration = {
  kind: emergencySupportKind,
  // Loaded when a case page renders, so the scheduler and scripts never load React components.
  staffPanel: () => import('@/components/admin/support/SupportCasePanel').then((m) => m.SupportCasePanel),
  async residentSummaries(db, caseIds) {
    // An open request for more information: what to answer by when, and where.
    const [open, withdrawable, letters] = await Promise.all([
      db.supportInfoRequest.findMany({ where: { caseId: { in: caseIds }, answeredAt: null }, select: { caseId: true, dueAt: true } }),
      // Before a decision the resident may withdraw (the page asks to confirm; the data layer checks again).
      db.case.findMany({ where: { id: { in: caseIds }, kind: 'EMERGENCY_SUPPORT', status: { in: withdrawableStatuses } }, select: { id: true } }),
      // The decision letter: its request page lists it (ready, or still being made).
      db.supportLetter.findMany({ where: { caseId: { in: caseIds } }, select: { caseId: true } }),
    ]);
    const summaries = new Map<string, ResidentCaseSummary>(withdrawable.map((c) => [c.id, { withdrawPath: `/support/requests/${c.id}/withdraw` }]));
    for (const r of open) summaries.set(r.caseId, { ...summaries.get(r.caseId), reply: { dueAt: r.dueAt, path: `/support/requests/${r.caseId}` } });
    for (const l of letters) summaries.set(l.caseId, { ...summaries.get(l.caseId), letterPath: `/support/requests/${l.caseId}` });
    return summaries;
  },
  async residentDrafts(db, residentId, now) {
    const drafts = await openDrafts(db, residentId, now);
    return drafts.map((d) => ({ id: d.id, path: `/support/apply/${d.id}`, savedAt: d.updatedAt, keptUntil: d.expiresAt }));
  },
  timelineLines: (events, locale) => import('./staff/timeline').then((m) => m.supportTimelineLines(events, locale)),
  // Expired drafts are deleted by the shared clean-up job (FormDraft). Letters the decision's
  // request did not finish are made (or retried) here.
  jobs: [{ name: 'support-letters', everyMinutes: 1, run: (db, now) => makeDueLetters(db, now) }],
};
