import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { translateIssues, type FormState } from '@/lib/forms/state';
import { formErrorText, isKeyOf } from '@/lib/forms/issue-keys';
import en from '@/messages/en.json';

type Failure = { ok: false; invalid: z.ZodError } | { ok: false; refused: string; values?: Record<string, number | string> };

const isOwnError = isKeyOf(en.AdminSupport.errors);
const isProblem = isKeyOf(en.AdminSupport.problems);
const isStatus = isKeyOf(en.Cases.EMERGENCY_SUPPORT.status);

/**
 * A refused support action as form state in the staff member's language: input errors at their
 * fields (`fieldOf` renames a schema path to the form's field), a refusal at `refusalField` (so
 * the error summary links to it) or, for a form that is only a button, as its form error. What
 * was typed comes back in `values`.
 */
export async function supportFailure(result: Failure, values: Record<string, string>, fieldOf: Record<string, string>, refusalField: string | null): Promise<FormState> {
  const [t, tf, tc] = await Promise.all([getTranslations('AdminSupport'), getTranslations('Forms.errors'), getTranslations('Cases.EMERGENCY_SUPPORT.status')]);
  if ('invalid' in result) {
    const errors = translateIssues(result.invalid, (key, params) => (isOwnError(key) ? t(`errors.${key}`) : formErrorText(tf)(key, params)));
    return { values, fieldErrors: Object.fromEntries(Object.entries(errors).map(([field, message]) => [fieldOf[field] ?? field, message])) };
  }
  const status = String(result.values?.status ?? '');
  // Without a status the application itself was not found: the same words as another's case.
  const key = isProblem(result.refused) && (result.refused !== 'not_allowed' || isStatus(status)) ? result.refused : 'notFound';
  const message = t(`problems.${key}`, { status: isStatus(status) ? tc(status) : status, permission: String(result.values?.permission ?? '') });
  return refusalField ? { values, fieldErrors: { [refusalField]: message } } : { values, formError: message };
}
