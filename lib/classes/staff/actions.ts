'use server';

import { redirect } from 'next/navigation';
import { db } from '@/lib/db';
import { runStaffAction } from '@/lib/actions/staff-action';
import { removeFromSection, setSectionCapacity } from './roster';
import { setUpSectionLottery } from './lottery';

const field = (formData: FormData, name: string) => String(formData.get(name) ?? '').slice(0, 600);
const rosterPath = (sectionId: string) => `/admin/classes/${encodeURIComponent(sectionId)}`;

/** "Remove" on a roster or waitlist row: the pipeline checks the case through the core's rule. */
export async function removeAction(formData: FormData): Promise<void> {
  const sectionId = field(formData, 'sectionId');
  const enrolmentId = field(formData, 'enrolmentId');
  // Each row's field has its own name (and id), so the labels on one page stay unique.
  const input = { enrolmentId, reason: field(formData, `reason-${enrolmentId}`) };
  const result = await runStaffAction(
    {
      permission: 'classes:manage',
      entity: 'ClassEnrolment',
      caseOf: async (i: typeof input) => (await db.classEnrolment.findUnique({ where: { id: i.enrolmentId }, select: { caseId: true } }))?.caseId ?? null,
    },
    input,
    (actor, i) => removeFromSection(actor, i),
  );
  const notice = result.ok ? 'done=removed' : 'refused' in result ? `problem=${result.refused}` : 'problem=reason';
  redirect(`${rosterPath(sectionId)}?${notice}`);
}

export async function capacityAction(formData: FormData): Promise<void> {
  const input = { sectionId: field(formData, 'sectionId'), capacity: field(formData, 'capacity') };
  const result = await runStaffAction({ permission: 'classes:manage', entity: 'ClassSection' }, input, (actor, i) => setSectionCapacity(actor, i));
  const notice = result.ok ? 'done=capacity' : 'refused' in result ? `problem=${result.refused}${result.values?.taken !== undefined ? `&taken=${result.values.taken}` : ''}` : 'problem=capacityTooLow';
  redirect(`${rosterPath(input.sectionId)}?${notice}`);
}

/** "Use a lottery" on a section not yet open: the seed field may be left empty. */
export async function lotteryAction(formData: FormData): Promise<void> {
  const input = { sectionId: field(formData, 'sectionId'), seed: field(formData, 'seed') };
  const result = await runStaffAction({ permission: 'classes:manage', entity: 'ClassSection' }, input, (actor, i) => setUpSectionLottery(actor, i));
  redirect(`${rosterPath(input.sectionId)}?${result.ok ? 'done=lottery' : `problem=${'refused' in result ? result.refused : 'seed'}`}`);
}
