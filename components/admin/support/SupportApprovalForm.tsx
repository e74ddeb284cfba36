'use client';

import { answerApprovalAction } from '@/lib/support/staff/actions';
import { Button } from '@/components/ui/Button';
import { TextArea } from '@/components/ui/Field';
import { Choices } from '@/components/ui/Choices';
import { SupportActionForm } from './SupportActionForm';

export type ApprovalLabels = { answer: string; approve: string; decline: string; note: string; noteHint: string; submit: string };

/** A supervisor's answer to a proposed grant: approve or decline, with a note; kept after a refusal. */
export function SupportApprovalForm({ caseId, labels: l }: { caseId: string; labels: ApprovalLabels }) {
  return (
    <SupportActionForm action={answerApprovalAction} caseId={caseId} className="mt-4">
      {(state, pending) => (
        <>
          <Choices
            type="radio"
            name="answer"
            legend={l.answer}
            error={state.fieldErrors?.answer}
            selected={state.values?.answer}
            choices={[
              { value: 'approve', label: l.approve },
              { value: 'decline', label: l.decline },
            ]}
          />
          <TextArea name="note" label={l.note} hint={l.noteHint} rows={3} error={state.fieldErrors?.note} defaultValue={state.values?.note} />
          <Button disabled={pending}>{l.submit}</Button>
        </>
      )}
    </SupportActionForm>
  );
}
