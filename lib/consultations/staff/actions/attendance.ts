'use server';

import { redirect } from 'next/navigation';
import { runStaffAction } from '@/lib/actions/staff-action';
import { keptValues, type FormState } from '@/lib/forms/state';
import { checkIn, markNoShow, recordOutcome } from '../attendance';
import { bookingActionSpec, failedState, problemNotice, safeBack, withNotice } from './support';

const bookingIdOf = (formData: FormData) => String(formData.get('bookingId') ?? '').slice(0, 64);
const spec = bookingActionSpec;

/** "Check in" on the day list or the case page; back where it was pressed, with a notice. */
export async function checkInAction(formData: FormData): Promise<void> {
  const back = safeBack(formData.get('back'), '/admin/consultations');
  const result = await runStaffAction(spec, bookingIdOf(formData), (actor, bookingId) => checkIn(actor, bookingId));
  redirect(withNotice(back, result.ok ? { done: 'checkedIn' } : 'refused' in result ? problemNotice(result) : {}));
}

export async function noShowAction(formData: FormData): Promise<void> {
  const back = safeBack(formData.get('back'), '/admin/consultations');
  const result = await runStaffAction(spec, bookingIdOf(formData), (actor, bookingId) => markNoShow(actor, bookingId));
  redirect(withNotice(back, result.ok ? { done: 'noShow' } : 'refused' in result ? problemNotice(result) : {}));
}

/** The outcome form on the case page. */
export async function recordOutcomeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values: Record<string, string> = { ...keptValues(formData, ['note', 'followUpOn']), followUp: formData.get('followUp') === 'yes' ? 'yes' : '' };
  const result = await runStaffAction(spec, bookingIdOf(formData), (actor, bookingId) =>
    recordOutcome(actor, bookingId, { note: String(formData.get('note') ?? ''), followUp: values.followUp === 'yes', followUpOn: values.followUpOn }),
  );
  if (!result.ok) return failedState(result, values, {}, 'note');
  redirect(withNotice(`/admin/cases/${result.caseId}`, { done: 'outcome' }));
}
