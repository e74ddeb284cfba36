'use client';

import { moveSupportCaseAction } from '@/lib/support/staff/actions';
import { Button } from '@/components/ui/Button';
import { TextArea, TextField } from '@/components/ui/Field';
import { SupportActionForm } from './SupportActionForm';

/** A move of the application (start review, ask for more, record the payment), with its words from the server. */
export function SupportMoveForm({
  caseId,
  move,
  button,
  secondary,
  requestLabel,
}: {
  caseId: string;
  move: 'review' | 'request_info' | 'paid';
  button: string;
  secondary?: boolean;
  requestLabel?: { request: string; dueOn: string; dueOnHint: string; min: string };
}) {
  return (
    <SupportActionForm action={moveSupportCaseAction} caseId={caseId} move={move} className="mb-6">
      {(state, pending) => (
        <>
          {requestLabel ? (
            <>
              <TextArea name="request" label={requestLabel.request} rows={3} error={state.fieldErrors?.request} defaultValue={state.values?.request} />
              <TextField name="dueOn" type="date" min={requestLabel.min} label={requestLabel.dueOn} hint={requestLabel.dueOnHint} error={state.fieldErrors?.dueOn} defaultValue={state.values?.dueOn} />
            </>
          ) : null}
          <Button variant={secondary ? 'secondary' : undefined} disabled={pending}>
            {button}
          </Button>
        </>
      )}
    </SupportActionForm>
  );
}
