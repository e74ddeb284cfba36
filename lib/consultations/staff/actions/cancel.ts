'use server';

import { redirect } from 'next/navigation';
import { db } from '@/lib/db';
import { runStaffAction } from '@/lib/actions/staff-action';
import { keptValues, type FormState } from '@/lib/forms/state';
import { consultationKind } from '@/lib/cases/kinds/consultation';
import { staffCancel } from '../cancel';
import { failedState, safeBack, withNotice } from './support';

const caseOfBooking = async (bookingId: string) => (await db.consultationBooking.findUnique({ where: { id: bookingId }, select: { caseId: true } }))?.caseId ?? null;

/** Cancelling on the confirmation page, with the reason the case's timeline keeps. */
export async function cancelAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData, ['reason']);
  const back = safeBack(formData.get('back'), '/admin/consultations');
  const bookingId = String(formData.get('bookingId') ?? '').slice(0, 64);
  const result = await runStaffAction({ permission: consultationKind.managePermission, entity: 'ConsultationBooking', caseOf: caseOfBooking }, bookingId, (actor, id) =>
    staffCancel(actor, { bookingId: id, reason: values.reason! }),
  );
  if (!result.ok) return failedState(result, values, {}, 'reason');
  redirect(withNotice(back, { done: 'cancelled' }));
}
