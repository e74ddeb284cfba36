'use server';

import { redirect } from 'next/navigation';
import { runStaffAction } from '@/lib/actions/staff-action';
import { keptValues, type FormState } from '@/lib/forms/state';
import { registerWalkIn } from '../walk-in';
import { failedState, withNotice } from './support';

const fields = ['counsellorId', 'topicId', 'language', 'name', 'phone', 'email', 'problem'];

/** Registers someone at the desk and opens their case, where the outcome is recorded later. */
export async function walkInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values: Record<string, string> = { ...keptValues(formData, fields), interpreterNeeded: formData.get('interpreterNeeded') === 'yes' ? 'yes' : '' };
  const result = await runStaffAction({ permission: 'consultations:manage', entity: 'ConsultationBooking' }, null, (staff) =>
    registerWalkIn(staff, {
      counsellorId: values.counsellorId!,
      topicId: values.topicId!,
      language: values.language!,
      name: values.name!,
      phone: values.phone,
      email: values.email,
      problem: values.problem!,
      interpreterNeeded: values.interpreterNeeded === 'yes',
    }),
  );
  if (!result.ok) return failedState(result, values, { notCounsellor: 'counsellorId', unknownTopic: 'topicId', unknownCenter: 'counsellorId' }, 'name');
  redirect(withNotice(`/admin/cases/${result.caseId}`, { done: 'walkIn' }));
}
