'use client';

import { useActionState } from 'react';
import { emptyFormState } from '@/lib/forms/state';
import { attendanceAction } from '@/lib/classes/staff/actions';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { HintAndError, fieldIds, describedBy } from '@/components/ui/Field';
import { Button } from '@/components/ui/Button';

export type AttendanceRow = { id: string; name: string; minutes: number | null; hoursText: string };

/**
 * One lesson's attendance for a whole roster, made for the keyboard: every student's minutes
 * field is prefilled (a saved value, or the full lesson), so a teacher tabs down the list typing
 * 0 for whoever is absent and presses Enter once. A typo comes back at its field, all typed kept.
 */
export function AttendanceForm({
  sectionId,
  lessonOn,
  fullMinutes,
  rows,
  permalink,
  labels,
}: {
  sectionId: string;
  lessonOn: string;
  fullMinutes: number;
  rows: AttendanceRow[];
  permalink: string;
  labels: { caption: string; name: string; minutes: string; hours: string; minutesFor: Record<string, string>; save: string; errorTitle: string };
}) {
  const [state, action, pending] = useActionState(attendanceAction, emptyFormState, permalink);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate>
      <ErrorSummary title={labels.errorTitle} errors={errors} />
      {state.formError ? (
        <p role="alert" className="mb-4 font-semibold text-error">
          {state.formError}
        </p>
      ) : null}
      <input type="hidden" name="sectionId" value={sectionId} />
      <input type="hidden" name="lessonOn" value={lessonOn} />
      <table className="mb-6 w-full max-w-3xl border-collapse">
        <caption className="mb-2 text-start text-xl font-bold">{labels.caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink text-start">
            <th scope="col" className="p-2 text-start">
              {labels.name}
            </th>
            <th scope="col" className="p-2 text-start">
              {labels.minutes}
            </th>
            <th scope="col" className="p-2 text-end">
              {labels.hours}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = `minutes-${row.id}`;
            const error = errors[name];
            return (
              <tr key={row.id} className="border-b border-muted align-top">
                <th scope="row" className="p-2 text-start font-normal">
                  {/* Shown: the name; read out: "minutes attended by <name>" (the name is in both). */}
                  <label htmlFor={fieldIds(name).input}>
                    <span aria-hidden="true">{row.name}</span>
                    <span className="sr-only">{labels.minutesFor[row.id]}</span>
                  </label>
                </th>
                <td className="p-2">
                  <HintAndError name={name} error={error} />
                  <input
                    id={fieldIds(name).input}
                    name={name}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={600}
                    step={1}
                    defaultValue={state.values?.[name] ?? String(row.minutes ?? fullMinutes)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={describedBy(name, undefined, error)}
                    className={`block w-28 border-2 ${error ? 'border-error' : 'border-ink'} bg-paper p-2 text-base`}
                  />
                </td>
                <td className="p-2 text-end tabular-nums">{row.hoursText}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Button disabled={pending}>{labels.save}</Button>
    </form>
  );
}
