/**
 * The error summary's lines name their field ("Mobile phone number: fill in this field"): a list
 * of "fill in this field" links at the top of a form says nothing until each one is followed.
 * `format` is the `Forms.errorSummaryItem` message, so each language orders and punctuates it.
 */
export function namedErrors(
  errors: Record<string, string | undefined>,
  labels: Record<string, string>,
  format: (values: { field: string; error: string }) => string,
): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(errors).map(([name, error]) => [name, error && labels[name] ? format({ field: labels[name], error }) : error]));
}
