import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';

/**
 * Label, hint and inline error wired to the control with ids and aria-describedby (GOV.UK).
 * The error's id is what the error summary links to, so a summary link moves focus here.
 */
export type FieldProps = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** "(required)" in the visitor's language: shown after the label, and the control says so to screen readers. */
  requiredMark?: string;
};

/** A label or legend with its "(required)" mark, when it has one. */
export function LabelText({ label, requiredMark }: { label: ReactNode; requiredMark?: string }) {
  return (
    <>
      {label}
      {requiredMark ? <span className="ms-1 font-normal">{requiredMark}</span> : null}
    </>
  );
}

export const fieldIds = (name: string) => ({ input: `field-${name}`, hint: `field-${name}-hint`, error: `field-${name}-error` });

export function describedBy(name: string, hint?: ReactNode, error?: string) {
  const ids = fieldIds(name);
  return [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(' ') || undefined;
}

/** The hint and the inline error under a label or legend, with the ids the control points to. */
export function HintAndError({ name, hint, error }: { name: string; hint?: ReactNode; error?: string }) {
  const ids = fieldIds(name);
  return (
    <>
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
    </>
  );
}

/** A field's frame: the red bar at its start when it has an error. */
export const fieldFrameClass = (error?: string) => `mb-6 ${error ? 'border-s-4 border-error ps-4' : ''}`;

export function FieldShell({ name, label, hint, error, requiredMark, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={fieldFrameClass(error)}>
      <label htmlFor={fieldIds(name).input} className="block font-semibold">
        <LabelText label={label} requiredMark={requiredMark} />
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      {children}
    </div>
  );
}

const controlClass = (error?: string) => `mt-1 block w-full max-w-xl border-2 ${error ? 'border-error' : 'border-ink'} bg-paper p-2 text-base`;

export function TextField({ name, label, hint, error, requiredMark, ...input }: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'name'>) {
  return (
    <FieldShell name={name} label={label} hint={hint} error={error} requiredMark={requiredMark}>
      <input
        id={fieldIds(name).input}
        name={name}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
        aria-required={requiredMark ? true : undefined}
        className={controlClass(error)}
        {...input}
      />
    </FieldShell>
  );
}

export function TextArea({ name, label, hint, error, requiredMark, ...input }: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'>) {
  return (
    <FieldShell name={name} label={label} hint={hint} error={error} requiredMark={requiredMark}>
      <textarea
        id={fieldIds(name).input}
        name={name}
        rows={5}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
        aria-required={requiredMark ? true : undefined}
        className={controlClass(error)}
        {...input}
      />
    </FieldShell>
  );
}
