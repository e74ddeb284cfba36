import type { ReactNode } from 'react';
import { describedBy, fieldFrameClass, fieldIds, HintAndError, LabelText } from './Field';

export type Choice = { value: string; label: ReactNode; hint?: ReactNode; lang?: string };

type ChoicesProps = {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  choices: Choice[];
  /** radios: one value; checkboxes: several */
  type: 'radio' | 'checkbox';
  selected?: string | string[];
  /** "(required)" after the legend; the inputs get `required` (the forms are noValidate, so only screen readers act on it). */
  requiredMark?: string;
};

/**
 * Radios and checkboxes in a fieldset with a legend, as native inputs: arrow keys move between
 * radios, space ticks a checkbox, and a screen reader announces the group, hint and error.
 * The first input carries the field id so the error summary can link to it; an option's hint has
 * an id of its own (`-option-hint`), apart from the group's hint (`field-<name>-hint`).
 */
export function Choices({ name, legend, hint, error, choices, type, selected, requiredMark }: ChoicesProps) {
  const ids = fieldIds(name);
  const chosen = new Set(Array.isArray(selected) ? selected : selected ? [selected] : []);
  return (
    <fieldset className={fieldFrameClass(error)} aria-describedby={describedBy(name, hint, error)}>
      <legend className="font-semibold">
        <LabelText label={legend} requiredMark={requiredMark} />
      </legend>
      <HintAndError name={name} hint={hint} error={error} />
      <div className="mt-2 space-y-2">
        {choices.map((choice, index) => {
          const id = index === 0 ? ids.input : `${ids.input}-${index}`;
          return (
            <div key={choice.value} className="flex items-start gap-3">
              <input
                id={id}
                type={type}
                name={name}
                value={choice.value}
                defaultChecked={chosen.has(choice.value)}
                required={requiredMark ? true : undefined}
                aria-describedby={choice.hint ? `${id}-option-hint` : undefined}
                className="mt-1 size-6 shrink-0 accent-ink"
              />
              <label htmlFor={id} lang={choice.lang}>
                {choice.label}
                {choice.hint ? (
                  <span id={`${id}-option-hint`} className="block text-muted">
                    {choice.hint}
                  </span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
