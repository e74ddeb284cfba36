import type { z } from 'zod';
import { boundedEcho } from '@/lib/text/clean';

/**
 * What a form's server action returns when it does not redirect: the values to show again, an
 * error per field and, for problems not tied to one field, a form error (docs/decisions/003).
 */
export type FormState = {
  values?: Record<string, string>;
  fieldErrors?: Record<string, string>;
  formError?: string;
  notice?: string;
};

export const emptyFormState: FormState = {};

/** The submitted text fields, to show again after an error (never passwords or codes), bounded in length. */
export function keptValues(formData: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, boundedEcho(String(formData.get(name) ?? ''))]));
}

/**
 * Zod issues carry message keys (`required`, `email`, …), never English: this turns them into the
 * visitor's language with the translator of the `Forms.errors` namespace.
 */
export function translateIssues(error: z.ZodError, translate: (key: string, values?: Record<string, number>) => string) {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (fieldErrors[field]) continue;
    const params: Record<string, number> = {};
    if ('minimum' in issue && typeof issue.minimum === 'number') params.min = issue.minimum;
    if ('maximum' in issue && typeof issue.maximum === 'number') params.max = issue.maximum;
    fieldErrors[field] = translate(issue.message, params);
  }
  return fieldErrors;
}
