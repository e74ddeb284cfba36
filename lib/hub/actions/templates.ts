'use server';

import { redirect } from 'next/navigation';
import { runStaffAction } from '@/lib/actions/staff-action';
import { keptValues, type FormState } from '@/lib/forms/state';
import { createTemplate, saveTemplateVersion } from '@/lib/hub/templates/edit';
import { hubFailure } from './form-state';

/** Template management in /admin/templates (docs/decisions/023): only `templates:manage`. */
const spec = { permission: 'templates:manage', entity: 'MessageTemplate' } as const;

export async function createTemplateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData, ['key', 'title', 'body']);
  const result = await runStaffAction(spec, values, (actor, input) => createTemplate(actor, { key: input.key!, title: input.title!, body: input.body! }));
  if (!result.ok) return hubFailure(result, values, 'key');
  redirect(`/admin/templates/${result.templateId}?done=created`);
}

export async function saveTemplateVersionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData, ['title', 'body']);
  const templateId = String(formData.get('templateId') ?? '').slice(0, 64);
  const locale = String(formData.get('locale') ?? '').slice(0, 16);
  const input = { templateId, locale, title: values.title ?? '', body: values.body ?? '' };
  const result = await runStaffAction(spec, input, (actor, i) => saveTemplateVersion(actor, i));
  if (!result.ok) return hubFailure(result, values, 'title');
  redirect(`/admin/templates/${encodeURIComponent(templateId)}?lang=${encodeURIComponent(locale)}&done=saved`);
}
