'use server';

import { redirect } from 'next/navigation';
import { requirePermission } from '@/lib/auth/guards';
import { keptValues, type FormState } from '@/lib/forms/state';
import { staffCancel } from '../cancel';
import { failedState, safeBack, withNotice } from './support';

/** Cancelling on the confirmation page, with the reason the case's timeline keeps. */
export async function cancelAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const staff = await requirePermission('consultations:manage');
  const values = keptValues(formData, ['reason']);
  const back = safeBack(formData.get('back'), '/admin/consultations');
  const result = await staffCancel(staff, { bookingId: String(formData.get('bookingId') ?? '').slice(0, 64), reason: values.reason! });
  if (!result.ok) return failedState(result, values, {}, 'reason');
  redirect(withNotice(back, { done: 'cancelled' }));
}
