'use server';

import { redirect } from 'next/navigation';
import { db } from '@/lib/db';
import { runStaffAction } from '@/lib/actions/staff-action';
import { decideSupportCase, moveSupportCase } from './work';

const text = (formData: FormData, name: string) => String(formData.get(name) ?? '');
const caseOf = async (input: { caseId: string }) => input.caseId;
const back = (caseId: string, notice: string) => `/admin/cases/${encodeURIComponent(caseId)}?support=${notice}`;

/** Start review, ask for more information, record the payment: anyone who may change the case. */
export async function moveSupportCaseAction(formData: FormData): Promise<void> {
  const input = { caseId: text(formData, 'caseId'), move: text(formData, 'move'), note: text(formData, 'note').slice(0, 2000) };
  const move = input.move === 'review' || input.move === 'request_info' || input.move === 'paid' ? input.move : null;
  // Recording a payment is part of deciding: the same permission.
  const permission = move === 'paid' ? ('support:decide' as const) : (['case:update:any', 'case:update:assigned'] as const);
  const result = await runStaffAction({ permission, entity: 'SupportApplication', caseOf }, input, async (actor, i) =>
    move ? moveSupportCase(db, actor, i.caseId, move, i.note) : { ok: false, refused: 'not_allowed' as const },
  );
  redirect(back(input.caseId, result.ok ? `moved_${move}` : 'invalid' in result ? 'note_required' : 'refused'));
}

/** Approve with an amount, or refuse with a reason: only with `support:decide`. */
export async function decideSupportCaseAction(formData: FormData): Promise<void> {
  const input = { caseId: text(formData, 'caseId'), outcome: text(formData, 'outcome'), amount: text(formData, 'amount'), reason: text(formData, 'reason'), note: text(formData, 'note') };
  const result = await runStaffAction({ permission: 'support:decide', entity: 'SupportApplication', caseOf }, input, async (actor, i) =>
    decideSupportCase(db, actor, i.caseId, { outcome: i.outcome, amount: i.amount, reason: i.reason, note: i.note }),
  );
  redirect(back(input.caseId, result.ok ? 'decided' : 'invalid' in result ? 'decision_invalid' : 'refused'));
}
