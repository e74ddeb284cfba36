import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';

/**
 * Label, hint and inline error wired to the control with ids and aria-describedby (GOV.UK).
 * The error's id is what the error summary links to, so a summary link moves focus here.
 */
export type FieldProps = { name: string; label: ReactNode; hint?: ReactNode; error?: string };

export const fieldIds = (name: string) => ({ input: `field-${name}`, hint: `field-${name}-hint`, error: `field-${name}-error` });

export function describedBy(name: string, hint?: ReactNode, error?: string) {
  const ids = fieldIds(name);
  return [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(' ') || undefined;
}

export function FieldShell({ name, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  const ids = fieldIds(name);
  return (
    <div className={`mb-6 ${error ? 'border-s-4 border-error ps-4' : ''}`}>
      <label htmlFor={ids.input} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={ids.hint} className="text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={ids.error} className="font-semibold text-error">
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

const controlClass = (error?: string) =>
  `mt-1 block w-full max-w-xl border-2 ${error ? 'border-error' : 'border-ink'} bg-paper p-2 text-base`;

export function TextField({
  name,
  label,
  hint,
  error,
  ...input
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'name'>) {
  return (
    <FieldShell name={name} label={label} hint={hint} error={error}>
      <input
        id={fieldIds(name).input}
        name={name}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
        className={controlClass(error)}
        {...input}
      />
    </FieldShell>
  );
}

export function TextArea({
  name,
  label,
  hint,
  error,
  ...input
}: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'>) {
  return (
    <FieldShell name={name} label={label} hint={hint} error={error}>
      <textarea
        id={fieldIds(name).input}
        name={name}
        rows={5}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
        className={controlClass(error)}
        {...input}
      />
    </FieldShell>
  );
}
