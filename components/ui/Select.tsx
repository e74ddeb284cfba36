import type { SelectHTMLAttributes } from 'react';
import { describedBy, fieldIds, FieldShell, type FieldProps } from './Field';

export type SelectOption = { value: string; label: string; lang?: string };

/**
 * A native select with its label, hint and inline error wired like TextField: for choosing one
 * of many (a counsellor, a topic) where a long list of radios would not fit.
 */
export function Select({
  name,
  label,
  hint,
  error,
  options,
  placeholder,
  ...select
}: FieldProps & { options: SelectOption[]; placeholder?: string } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name'>) {
  return (
    <FieldShell name={name} label={label} hint={hint} error={error}>
      <select
        id={fieldIds(name).input}
        name={name}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
        className={`mt-1 block w-full max-w-xl border-2 ${error ? 'border-error' : 'border-ink'} bg-paper p-2 text-base min-h-11`}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
