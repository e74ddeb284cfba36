'use server';

import { redirect } from 'next/navigation';
import { db } from '@/lib/db';
import { runStaffAction } from '@/lib/actions/staff-action';
import { keptValues, type FormState } from '@/lib/forms/state';
import { decideSupportCase, moveSupportCase } from './work';
import { requestInformation } from '../info-request/work';
import { supportFailure } from './failure';
import { answerApproval } from './approval';

const text = (formData: FormData, name: string) => String(formData.get(name) ?? '');
const caseOf = async (input: { caseId: string }) => input.caseId;
const done = (caseId: string, notice: string) => `/admin/cases/${encodeURIComponent(caseId)}?support=${notice}`;
const spec = { entity: 'SupportApplication', caseOf, refuseWithoutPermission: true } as const;

/**
 * Start review, ask for more information, record the payment: anyone who may change the case.
 * A refusal comes back as form state (shown at the form, with what was typed), never a silent
 * redirect; success redirects with a notice the case page shows (post/redirect/get).
 */
export async function moveSupportCaseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData, ['request', 'dueOn']);
  const input = { caseId: text(formData, 'caseId'), move: text(formData, 'move'), request: values.request ?? '', dueOn: values.dueOn ?? '' };
  const move = input.move === 'review' || input.move === 'request_info' || input.move === 'paid' ? input.move : null;
  // Recording a payment is part of deciding: the same permission.
  const permission = move === 'paid' ? ('support:decide' as const) : (['case:update:any', 'case:update:assigned'] as const);
  const result = await runStaffAction({ ...spec, permission }, input, async (actor, i) =>
    move === 'request_info'
      ? requestInformation(db, actor, i.caseId, { request: i.request, dueOn: i.dueOn })
      : move
        ? moveSupportCase(db, actor, i.caseId, move, null)
        : { ok: false, refused: 'not_allowed' as const },
  );
  if (!result.ok) return supportFailure(result, values, {}, move === 'request_info' ? 'request' : null);
  redirect(done(input.caseId, `moved_${move}`));
}

/** Approve with an amount, or refuse with a reason: only with `support:decide`. */
export async function decideSupportCaseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData, ['outcome', 'amount', 'reason', 'note']);
  const input = { caseId: text(formData, 'caseId'), outcome: values.outcome ?? '', amount: values.amount ?? '', reason: values.reason ?? '', note: values.note ?? '' };
  const result = await runStaffAction({ ...spec, permission: 'support:decide' }, input, async (actor, i) =>
    decideSupportCase(db, actor, i.caseId, { outcome: i.outcome, amount: i.amount, reason: i.reason, note: i.note }),
  );
  if (!result.ok) return supportFailure(result, values, {}, 'outcome');
  // Above SUPPORT_APPROVAL_ABOVE the grant was proposed, not decided: the notice says it waits.
  redirect(done(input.caseId, result.awaitingApproval ? 'proposed' : 'decided'));
}

/**
 * A supervisor's answer to a grant waiting for approval: approve or decline, with a note. The
 * pipeline checks the permission and the case's access rule, and so does the data layer
 * (answerApproval): a form posted directly by someone else changes nothing.
 */
export async function answerApprovalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData, ['answer', 'note']);
  const input = { caseId: text(formData, 'caseId'), answer: values.answer ?? '', note: values.note ?? '' };
  const result = await runStaffAction({ ...spec, permission: 'support:approve' }, input, async (actor, i) => answerApproval(db, actor, i.caseId, { answer: i.answer, note: i.note }));
  if (!result.ok) return supportFailure(result, values, {}, 'answer');
  redirect(done(input.caseId, result.answer === 'approve' ? 'approval_approved' : 'approval_declined'));
}
