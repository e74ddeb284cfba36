'use client';

import { decideSupportCaseAction } from '@/lib/support/staff/actions';
import { Button } from '@/components/ui/Button';
import { TextArea, TextField } from '@/components/ui/Field';
import { Choices } from '@/components/ui/Choices';
import { Select } from '@/components/ui/Select';
import { SupportActionForm } from './SupportActionForm';

export type DecisionLabels = {
  title: string;
  hint: string;
  outcome: string;
  approve: string;
  reject: string;
  amount: string;
  reason: string;
  note: string;
  decide: string;
  reasons: { value: string; label: string }[];
};

/** Approve with an amount or refuse with a reason; what was typed stays after a refusal. */
export function SupportDecisionForm({ caseId, labels: l }: { caseId: string; labels: DecisionLabels }) {
  return (
    <SupportActionForm action={decideSupportCaseAction} caseId={caseId} className="mb-6 border-s-4 border-brand ps-4">
      {(state, pending) => (
        <>
          <h3 className="mb-2 text-xl font-bold">{l.title}</h3>
          <p className="mb-4 text-muted">{l.hint}</p>
          <Choices
            type="radio"
            name="outcome"
            legend={l.outcome}
            error={state.fieldErrors?.outcome}
            selected={state.values?.outcome}
            choices={[
              { value: 'approve', label: l.approve },
              { value: 'reject', label: l.reject },
            ]}
          />
          <TextField
            name="amount"
            label={l.amount}
            inputMode="numeric"
            autoComplete="off"
            error={state.fieldErrors?.amount}
            defaultValue={state.values?.amount}
            className="mt-1 block w-56 border-2 border-ink bg-paper p-2 text-base"
          />
          <Select name="reason" label={l.reason} placeholder="—" options={l.reasons} error={state.fieldErrors?.reason} defaultValue={state.values?.reason} />
          <TextArea name="note" label={l.note} rows={3} error={state.fieldErrors?.note} defaultValue={state.values?.note} />
          <Button disabled={pending}>{l.decide}</Button>
        </>
      )}
    </SupportActionForm>
  );
}
