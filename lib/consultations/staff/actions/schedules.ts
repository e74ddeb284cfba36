'use server';

import { redirect } from 'next/navigation';
import { runStaffAction } from '@/lib/actions/staff-action';
import { keptValues, type FormState } from '@/lib/forms/state';
import { addScheduleBlock, removeScheduleBlock } from '../schedules';
import { addClosure, removeClosure } from '../closures';
import { setSlotCapacity } from '../slot-capacity';
import { failedState, problemNotice, safeBack, withNotice } from './support';

const SCHEDULES = '/admin/consultations/schedules';
const spec = { permission: 'consultations:schedule', entity: 'ConsultationSchedule' } as const;
const idOf = (formData: FormData, name: string) => String(formData.get(name) ?? '').slice(0, 64);

export async function addBlockAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const lists = { channels: formData.getAll('channels').map(String), topics: formData.getAll('topics').map(String), interpreterLanguages: formData.getAll('interpreterLanguages').map(String) };
  const values = {
    ...keptValues(formData, ['counsellorId', 'centerId', 'weekday', 'startTime', 'endTime', 'slotMinutes', 'capacity']),
    ...Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, v.join(',')])),
  };
  const result = await runStaffAction(spec, null, (staff) => addScheduleBlock(staff, { ...values, ...lists } as Parameters<typeof addScheduleBlock>[1]));
  if (!result.ok) return failedState(result, values, { notCounsellor: 'counsellorId', unknownCenter: 'centerId', unknownTopic: 'topics' }, 'counsellorId');
  redirect(withNotice(SCHEDULES, { done: 'blockAdded' }));
}

export async function removeBlockAction(formData: FormData): Promise<void> {
  const result = await runStaffAction(spec, null, (staff) => removeScheduleBlock(staff, idOf(formData, 'scheduleId')));
  redirect(withNotice(SCHEDULES, result.ok ? { done: 'blockRemoved' } : 'refused' in result ? problemNotice(result) : {}));
}

/** The closure form's centre and counsellor fields have their own names: the block form on the same page uses the plain ones. */
export async function addClosureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData, ['startsOn', 'endsOn', 'closureCenterId', 'closureCounsellorId', 'reason']);
  const result = await runStaffAction(spec, null, (staff) =>
    addClosure(staff, { startsOn: values.startsOn!, endsOn: values.endsOn!, centerId: values.closureCenterId, counsellorId: values.closureCounsellorId, reason: values.reason! }),
  );
  if (!result.ok) {
    const state = await failedState(result, values, { unknownCenter: 'closureCenterId', notCounsellor: 'closureCounsellorId' }, 'startsOn');
    const { centerId, counsellorId, ...rest } = state.fieldErrors ?? {};
    return { ...state, fieldErrors: { ...rest, ...(centerId ? { closureCenterId: centerId } : {}), ...(counsellorId ? { closureCounsellorId: counsellorId } : {}) } };
  }
  redirect(withNotice(SCHEDULES, { done: 'closureAdded' }));
}

export async function removeClosureAction(formData: FormData): Promise<void> {
  const result = await runStaffAction(spec, null, (staff) => removeClosure(staff, idOf(formData, 'closureId')));
  redirect(withNotice(SCHEDULES, result.ok ? { done: 'closureRemoved' } : 'refused' in result ? problemNotice(result) : {}));
}

/** Seats of one time, from the day list's free times; a refusal comes back as a notice on that page. */
export async function setCapacityAction(formData: FormData): Promise<void> {
  const back = safeBack(formData.get('back'), '/admin/consultations');
  const result = await runStaffAction(spec, null, (staff) => setSlotCapacity(staff, idOf(formData, 'slotId'), String(formData.get('capacity') ?? '')));
  if (result.ok) redirect(withNotice(back, { done: 'capacity' }));
  redirect(withNotice(back, 'refused' in result ? problemNotice(result) : { problem: 'capacity' }));
}
