import 'server-only';
import { getTranslations } from 'next-intl/server';
import { translateIssues, type FormState } from '@/lib/forms/state';
import { formErrorText } from '@/lib/forms/issue-keys';
import type { DataResult } from '@/lib/forms/result';

/**
 * A failed hub result as form state, in the staff member's language: zod issues at their fields
 * (`Forms.errors`), a refusal at the field it is about, named by `CaseHub.problems.<reason>`.
 */
export async function hubFailure(result: Exclude<DataResult, { ok: true }>, values: Record<string, string>, field: string): Promise<FormState> {
  if ('invalid' in result) return { values, fieldErrors: translateIssues(result.invalid, formErrorText(await getTranslations('Forms.errors'))) };
  const t = await getTranslations('CaseHub.problems');
  return { values, fieldErrors: { [field]: t(result.refused as 'caseNotFound') } };
}
