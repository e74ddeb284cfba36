import 'server-only';
import { forbidden } from 'next/navigation';
import { can, requireStaff, type StaffContext } from '@/lib/auth/guards';
import { recordAudit } from '@/lib/audit/record';
import { findCaseFor } from '@/lib/cases/access';
import type { DataResult } from '@/lib/forms/result';
import type { Permission } from '@/lib/auth/roles';

export type StaffActionSpec<I> = {
  /** Any one of these lets the person in; none → 403, audited. */
  permission: Permission | readonly Permission[];
  /** The entity named in the audit rows of refusals (e.g. "ConsultationBooking"). */
  entity: string;
  /** The case the action changes, when it changes one: its access is checked by the core's rule. */
  caseOf?: (input: I) => Promise<string | null>;
  /**
   * A missing permission answers 403 (forbidden()) unless the action shows its refusals at the
   * form: then it comes back as `refused: 'noPermission'` (audited the same), so a stale page
   * whose buttons the role no longer allows says why instead of leaving the form.
   */
  refuseWithoutPermission?: boolean;
};

/**
 * One pipeline for every staff action (model: Formbricks' action client): session (and second
 * factor) → permission → the input → record access through the case core's rule → the work →
 * audit. Every refusal is audited the same way here; the change itself is audited by the data
 * function, which alone knows whose data it touched. Actions keep their (previousState,
 * formData) or (formData) signature and decide how a result is shown.
 */
export async function runStaffAction<I, T extends object, R extends string, P extends boolean = false>(
  spec: StaffActionSpec<I> & { refuseWithoutPermission?: P },
  input: I,
  work: (actor: StaffContext, input: I) => Promise<DataResult<T, R>>,
): Promise<DataResult<T, R | 'notFound' | (P extends true ? 'noPermission' : never)> & { actor: StaffContext }> {
  const actor = await requireStaff();
  const wanted = typeof spec.permission === 'string' ? [spec.permission] : spec.permission;
  if (!wanted.some((permission) => can(actor, permission))) {
    await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'access_denied', entity: 'Permission', entityId: wanted.join('|') });
    if (spec.refuseWithoutPermission) return { ok: false, refused: 'noPermission' as R, values: { permission: wanted.join(', ') }, actor };
    forbidden();
  }
  if (spec.caseOf) {
    const caseId = await spec.caseOf(input);
    if (!caseId || !(await findCaseFor(actor, caseId, 'update'))) {
      await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'access_denied', entity: 'Case', entityId: caseId ?? undefined, detail: { via: spec.entity } });
      return { ok: false, refused: 'notFound', actor };
    }
  }
  const result = await work(actor, input);
  // Invalid input is a typo shown at the field; a refusal is the data layer saying no.
  if (!result.ok && 'refused' in result) {
    await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'change_refused', entity: spec.entity, detail: { reason: result.refused } });
  }
  return { ...result, actor };
}
