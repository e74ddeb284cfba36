import type { ReactNode } from 'react';
import { describedBy, fieldFrameClass, fieldIds, HintAndError } from './Field';

export type SlotDay = { key: string; label: string; slots: { value: string; label: string; hint?: string }[] };

/**
 * Choosing a date and time as native radios grouped by day: each day a fieldset whose legend is
 * the full date, so a screen reader hears "Sunday 6 December 2026, 10:00, 2 seats left" and the
 * keyboard moves with Tab between days and arrows within one. No calendar grid to learn, and it
 * posts without JavaScript (brief, complaint 9).
 */
export function SlotPicker({ name, legend, hint, error, days, selected }: { name: string; legend: ReactNode; hint?: ReactNode; error?: string; days: SlotDay[]; selected?: string }) {
  const ids = fieldIds(name);
  // The first choice carries the field's id, so the error summary's link lands on it.
  const firstValue = days.flatMap((day) => day.slots)[0]?.value;
  return (
    <fieldset className={fieldFrameClass(error)} aria-describedby={describedBy(name, hint, error)}>
      <legend className="text-lg font-semibold">{legend}</legend>
      <HintAndError name={name} hint={hint} error={error} />
      {days.map((day) => (
        <fieldset key={day.key} className="mt-4">
          <legend className="font-semibold">{day.label}</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {day.slots.map((slot) => {
              const id = slot.value === firstValue ? ids.input : `${ids.input}-${slot.value}`;
              return (
                <div key={slot.value}>
                  <input id={id} type="radio" name={name} value={slot.value} defaultChecked={selected === slot.value} className="peer sr-only" />
                  <label
                    htmlFor={id}
                    className="block min-w-24 cursor-pointer border-2 border-ink px-3 py-2 text-center peer-checked:bg-ink peer-checked:text-white peer-focus-visible:outline-3 peer-focus-visible:outline-focus"
                  >
                    <span className="block font-semibold">{slot.label}</span>
                    {slot.hint ? <span className="block text-sm">{slot.hint}</span> : null}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}
