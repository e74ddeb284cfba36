'use server';

import { redirect } from 'next/navigation';
import { runStaffAction } from '@/lib/actions/staff-action';
import { keptValues, type FormState } from '@/lib/forms/state';
import { staffCancel } from '../cancel';
import { bookingActionSpec, failedState, safeBack, withNotice } from './support';

/** Cancelling on the confirmation page, with the reason the case's timeline keeps. */
export async function cancelAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData, ['reason']);
  const back = safeBack(formData.get('back'), '/admin/consultations');
  const bookingId = String(formData.get('bookingId') ?? '').slice(0, 64);
  const result = await runStaffAction(bookingActionSpec, bookingId, (actor, id) => staffCancel(actor, { bookingId: id, reason: values.reason! }));
  if (!result.ok) return failedState(result, values, {}, 'reason');
  redirect(withNotice(back, { done: 'cancelled' }));
}
