'use server';

import { redirect } from 'next/navigation';
import { runStaffAction } from '@/lib/actions/staff-action';
import { addNote, takeCase } from '@/lib/cases/staff-work';
import { keptValues, type FormState } from '@/lib/forms/state';
import { sendTemplatedMessage } from '@/lib/hub/messages/send';
import { hubFailure } from './form-state';

/**
 * What staff do on the case page (docs/decisions/023), through the one pipeline: take a case from
 * the pool, an internal note, a message from a template. Each goes back to the case page with
 * `hub=<done>` (post/redirect/get, so they work without JavaScript).
 */
const caseIdOf = (formData: FormData) => String(formData.get('caseId') ?? '').slice(0, 64);
const casePage = (caseId: string, done: string) => `/admin/cases/${encodeURIComponent(caseId)}?hub=${done}`;
const updaters = ['case:update:any', 'case:update:assigned', 'case:update:kind:KOREAN_CLASS'] as const;

export async function takeCaseAction(formData: FormData): Promise<void> {
  const caseId = caseIdOf(formData);
  // The case is not the taker's yet, so the pipeline cannot check update access: takeCase checks the pool.
  const result = await runStaffAction({ permission: ['case:take:unassigned', 'case:update:any'], entity: 'Case' }, caseId, (actor, id) => takeCase(actor, id));
  redirect(casePage(caseId, result.ok ? 'taken' : 'notTaken'));
}

export async function addNoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const caseId = caseIdOf(formData);
  // Its own field name: a service's panel on the same page has a "note" field of its own (the
  // consultation outcome), and two fields of one name would share one id and one label.
  const values = keptValues(formData, ['internalNote']);
  const result = await runStaffAction({ permission: updaters, entity: 'Case', caseOf: async (id: string) => id }, caseId, (actor, id) => addNote(actor, id, { note: values.internalNote! }));
  if (!result.ok) {
    const state = await hubFailure(result, values, 'internalNote');
    const { note, ...others } = state.fieldErrors ?? {};
    return { ...state, fieldErrors: note ? { ...others, internalNote: note } : state.fieldErrors };
  }
  redirect(casePage(caseId, 'noted'));
}

export async function sendMessageAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const caseId = caseIdOf(formData);
  const input = { caseId, templateId: String(formData.get('templateId') ?? '').slice(0, 64), language: String(formData.get('language') ?? '').slice(0, 16) || undefined };
  const result = await runStaffAction({ permission: updaters, entity: 'Case', caseOf: async (i: typeof input) => i.caseId }, input, (actor, i) => sendTemplatedMessage(actor, i));
  if (!result.ok) return hubFailure(result, { language: input.language ?? '' }, 'language');
  redirect(casePage(caseId, 'sent'));
}
