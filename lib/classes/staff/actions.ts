'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { runStaffAction } from '@/lib/actions/staff-action';
import { boundedEcho } from '@/lib/text/clean';
import { formErrorText } from '@/lib/forms/issue-keys';
import type { FormState } from '@/lib/forms/state';
import { removeFromSection, setSectionCapacity } from './roster';
import { setUpSectionLottery } from './lottery';
import { moveStudent } from './move';
import { completeByHours, recordLesson } from './attendance';

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

/** "Move" on a roster row: the student goes to the chosen section; the freed seat is offered on. */
export async function moveAction(formData: FormData): Promise<void> {
  const sectionId = field(formData, 'sectionId');
  const enrolmentId = field(formData, 'enrolmentId');
  const input = { enrolmentId, toSectionId: field(formData, `to-${enrolmentId}`) };
  const result = await runStaffAction(
    {
      permission: 'classes:manage',
      entity: 'ClassEnrolment',
      caseOf: async (i: typeof input) => (await db.classEnrolment.findUnique({ where: { id: i.enrolmentId }, select: { caseId: true } }))?.caseId ?? null,
    },
    input,
    (actor, i) => moveStudent(actor, i),
  );
  redirect(`${rosterPath(sectionId)}?${result.ok ? 'done=moved' : `problem=${'refused' in result ? result.refused : 'notAllowed'}`}`);
}

/** "Complete by hours": students with 80% of the course's hours attended are completed. */
export async function completeAction(formData: FormData): Promise<void> {
  const sectionId = field(formData, 'sectionId');
  const result = await runStaffAction({ permission: 'classes:manage', entity: 'ClassSection' }, sectionId, (actor, id) => completeByHours(actor, id));
  redirect(`${rosterPath(sectionId)}/attendance?${result.ok ? `done=completed&completed=${result.completed}` : 'problem=notFound'}`);
}

/**
 * One lesson's attendance: a field of minutes per student (`minutes-<enrolment id>`). A typo comes
 * back at its field with everything typed kept; a saved sheet returns to the same day with a notice.
 */
export async function attendanceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const sectionId = field(formData, 'sectionId');
  const lessonOn = field(formData, 'lessonOn');
  const values: Record<string, string> = { lessonOn };
  const minutes: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (!name.startsWith('minutes-') || typeof value !== 'string') continue;
    const id = name.slice('minutes-'.length, 'minutes-'.length + 64);
    minutes[id] = value.trim();
    values[name] = boundedEcho(value);
  }
  const result = await runStaffAction({ permission: 'classes:manage', entity: 'ClassSection' }, { sectionId, lessonOn, minutes }, (actor, i) => recordLesson(actor, i));
  if (result.ok) redirect(`${rosterPath(sectionId)}/attendance?on=${encodeURIComponent(lessonOn)}&done=saved&recorded=${result.recorded}`);
  if ('invalid' in result) {
    const tf = await getTranslations('Forms.errors');
    const text = formErrorText(tf);
    const fieldErrors: Record<string, string> = {};
    for (const issue of result.invalid.issues) {
      const name = issue.path[0] === 'minutes' ? `minutes-${String(issue.path[1])}` : String(issue.path[0] ?? 'lessonOn');
      fieldErrors[name] ??= text(issue.message, { min: 0, max: 600 });
    }
    return { values, fieldErrors };
  }
  const t = await getTranslations('AdminClasses');
  return { values, formError: t('notFound') };
}
