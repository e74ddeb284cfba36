import { emergencySupportKind } from '@/lib/cases/kinds/emergency-support';
import type { ServiceRegistration } from '@/lib/cases/registration';
import { openDrafts } from './application/store';

/** Emergency support as the shared screens see it: its case kind, staff panel and drafts in "my requests". */
export const emergencySupportService: ServiceRegistration = {
  kind: emergencySupportKind,
  // Loaded when a case page renders, so the scheduler and scripts never load React components.
  staffPanel: () => import('@/components/admin/support/SupportCasePanel').then((m) => m.SupportCasePanel),
  async residentSummaries() {
    // Nothing beyond the core's status and history yet (no appointment, no private link).
    return new Map();
  },
  async residentDrafts(db, residentId, now) {
    const drafts = await openDrafts(db, residentId, now);
    return drafts.map((d) => ({ id: d.id, path: `/support/apply/${d.id}`, savedAt: d.updatedAt, keptUntil: d.expiresAt }));
  },
  // Expired drafts are deleted by the shared clean-up job (FormDraft).
  jobs: [],
};
