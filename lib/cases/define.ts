import type { ServiceKind } from '@/lib/db/generated/sqlite/enums';
import type { Permission } from '@/lib/auth/roles';

/** What a resident should do next, shown in "my requests" as a sentence in their language. */
export type NextStep = 'wait' | 'reply' | 'attend' | 'none';

/**
 * A kind of case, declared by its service (lib/cases/kinds): its statuses and the moves between
 * them, its event types, which of them the resident sees, and the permission that works its
 * cases. The core (open, transition, record) refuses anything the declaration does not allow, so
 * a typo or a forbidden move fails loudly instead of writing a status nobody can show.
 * Names for people come from messages: `Cases.<kind>.status.<status>` (staff),
 * `Cases.<kind>.residentStatus.<status>`, `Cases.<kind>.events.<event>` and
 * `Cases.<kind>.residentEvents.<event>`, in every locale.
 */
export type CaseKind<S extends string = string, E extends string = string> = {
  kind: ServiceKind;
  /** Two letters before a case's reference, read aloud on the phone: "CO-7KQ3-XP9M". */
  referencePrefix: string;
  statuses: readonly S[];
  /** The statuses a case of this kind may be opened in. */
  initial: readonly S[];
  /** From each status, the statuses it may move to. */
  transitions: { readonly [From in S]: readonly S[] };
  /** Statuses in which the case is over (closedAt is set on entering them). */
  closed: readonly S[];
  events: readonly E[];
  /** The events shown in the resident's own history; the rest (notes, staff work) never are. */
  residentEvents: readonly E[];
  nextStep: { readonly [Status in S]: NextStep };
  /** The permission that works this kind's cases, beyond reading them (the service's own screens). */
  managePermission: Permission;
};

export const defineCaseKind = <const S extends string, const E extends string>(kind: CaseKind<S, E>) => kind;

export type StatusOf<K> = K extends CaseKind<infer S, string> ? S : never;
export type EventOf<K> = K extends CaseKind<string, infer E> ? E : never;

/** Events every kind has: written by the core itself. */
export const coreEvents = ['note', 'assigned', 'transfer_offered', 'transfer_accepted', 'transfer_declined', 'message_sent'] as const;
export type CoreEvent = (typeof coreEvents)[number];
