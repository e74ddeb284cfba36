import type { ReactNode } from 'react';
import type { StaffContext } from '@/lib/auth/guards';
import type { CaseKind } from '@/lib/cases/define';
import type { Job } from '@/lib/jobs/scheduler';
import type { Db } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';

/** An event as the staff timeline has it. */
export type TimelineEvent = { id: string; type: string; data: unknown };

export type CasePanelProps = { caseId: string; staff: StaffContext; locale: Locale; now: Date };

/**
 * What "my requests" adds to a case of this kind: the time of an appointment and where to manage
 * it; a place on a waitlist; an offer and until when it holds; a request to answer and by when.
 */
export type ResidentCaseSummary = {
  appointment?: { startsAt: Date };
  managePath?: string;
  waitlistPosition?: number;
  offerExpiresAt?: Date;
  reply?: { dueAt: Date; path: string };
  withdrawPath?: string;
  /** Where the decision letter is listed (its download, or that it is still being made). */
  letterPath?: string;
};

/** A request the resident started and has not sent yet (a saved draft), shown in "my requests" to continue. */
export type ResidentDraft = { id: string; path: string; savedAt: Date; keptUntil: Date };

/**
 * A service as the portal's shared screens and the scheduler see it. Adding a service is adding
 * one of these to lib/registry/services.ts (its case kind declared in lib/cases/kinds).
 */
export type ServiceRegistration = {
  kind: CaseKind;
  /** Its part of the staff case page (a server component), loaded through the core's access rule. */
  staffPanel: () => Promise<(props: CasePanelProps) => Promise<ReactNode>>;
  /** Its part of each of the resident's own cases in "my requests", by case id. */
  residentSummaries: (db: Db, caseIds: string[]) => Promise<Map<string, ResidentCaseSummary>>;
  /** Its drafts in progress for this resident, when the service has save and return before a case exists. */
  residentDrafts?: (db: Db, residentId: string, now: Date) => Promise<ResidentDraft[]>;
  /**
   * Extra lines under some of its events on the staff timeline (an amount, who proposed and who
   * approved), by event id, in the staff member's language. Loaded with the case page only.
   */
  timelineLines?: (events: readonly TimelineEvent[], locale: Locale) => Promise<ReadonlyMap<string, readonly string[]>>;
  /** Its periodic work (docs/decisions/008). */
  jobs: readonly Job[];
};
