'use server';

import { redirect } from 'next/navigation';
import { runStaffAction } from '@/lib/actions/staff-action';
import { filterKeys, filterParams, parseQueueFilter } from '@/lib/cases/queue/filters';
import { saveView } from '@/lib/cases/queue/save-view';
import { renameView } from '@/lib/cases/queue/rename-view';
import { deleteView } from '@/lib/cases/queue/delete-view';
import type { DataResult } from '@/lib/forms/result';

/**
 * Saved views of the queue (docs/decisions/017), through the one staff pipeline. Each posts from
 * the queue and goes back to it (post/redirect/get, so it works without JavaScript): to the view
 * itself after a save, with `done=` or, for a problem, `problem=` and the typed name kept.
 */
const spec = { permission: ['case:read:any', 'case:read:assigned'] as const, entity: 'CaseQueueView' };

const field = (formData: FormData, name: string, max = 200) => String(formData.get(name) ?? '').slice(0, max);
const filtersOf = (formData: FormData) => parseQueueFilter(Object.fromEntries(filterKeys.map((key) => [key, field(formData, key)])));

function back(formData: FormData, extra: Record<string, string | undefined>) {
  return `/admin/cases?${filterParams(filtersOf(formData), extra).toString()}`;
}

function problemOf(result: Exclude<DataResult, { ok: true }>): string {
  if ('refused' in result) return result.refused;
  const issue = result.invalid.issues[0]?.message;
  return issue === 'tooLong' ? 'tooLong' : 'required';
}

export async function saveViewAction(formData: FormData): Promise<void> {
  const name = field(formData, 'name', 400);
  const input = { name, shared: formData.get('shared') === 'yes', filters: filtersOf(formData) };
  const result = await runStaffAction(spec, input, (actor, i) => saveView(actor, i));
  if (result.ok) redirect(back(formData, { view: result.viewId, done: 'saved' }));
  redirect(back(formData, { problem: problemOf(result), viewName: name.slice(0, 80) }));
}

export async function renameViewAction(formData: FormData): Promise<void> {
  const input = { viewId: field(formData, 'viewId', 64), name: field(formData, 'name', 400) };
  const result = await runStaffAction(spec, input, (actor, i) => renameView(actor, i));
  redirect(back(formData, result.ok ? { view: input.viewId, done: 'renamed' } : { problem: problemOf(result), renaming: input.viewId }));
}

export async function deleteViewAction(formData: FormData): Promise<void> {
  const input = { viewId: field(formData, 'viewId', 64) };
  const result = await runStaffAction(spec, input, (actor, i) => deleteView(actor, i));
  redirect(back(formData, result.ok ? { done: 'deleted' } : { problem: problemOf(result) }));
}
