import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { translateIssues, type FormState } from '@/lib/forms/state';
import { formErrorText, isKeyOf } from '@/lib/forms/issue-keys';
import en from '@/messages/en.json';
import { db } from '@/lib/db';
import { consultationKind } from '@/lib/cases/kinds/consultation';
import type { Refusal, StaffResult } from '../result';

/**
 * Where a staff form goes back to after posting: only a path inside the staff area, so a forged
 * `back` field cannot send anyone elsewhere.
 */
export function safeBack(value: FormDataEntryValue | null, fallback: string): string {
  const path = typeof value === 'string' ? value : '';
  return /^\/admin(\/|\?|$)/.test(path) && !path.includes('//') && !path.includes('\\') ? path : fallback;
}

/** The path with a notice for the page to show after the redirect (`done=…` or `problem=…`). */
export function withNotice(path: string, notice: Record<string, string | number | undefined>): string {
  const url = new URL(path, 'http://staff.invalid');
  for (const key of ['done', 'problem', 'booked']) url.searchParams.delete(key);
  for (const [key, value] of Object.entries(notice)) if (value !== undefined) url.searchParams.set(key, String(value));
  return `${url.pathname}${url.search}`;
}

/** The notice query for a refused change. */
export const problemNotice = (result: { refused: Refusal; values?: Record<string, number | string> }) => ({ problem: result.refused, booked: result.values?.booked });

const isOwnError = isKeyOf(en.Admin.consultations.errors);

/** Zod issues in the staff member's language: this screen's own messages first, then the shared ones. */
export async function translateStaffIssues(error: z.ZodError) {
  const [own, shared] = await Promise.all([getTranslations('Admin.consultations.errors'), getTranslations('Forms.errors')]);
  return translateIssues(error, (key, values) => (isOwnError(key) ? own(key) : formErrorText(shared)(key, values)));
}

/**
 * A failed result as form state: the field errors, or the refusal shown at the field it is about
 * (`fieldFor`) so the error summary links to it.
 */
export async function failedState(result: Exclude<StaffResult, { ok: true }>, values: Record<string, string>, fieldFor: Partial<Record<Refusal, string>>, fallbackField: string): Promise<FormState> {
  if ('invalid' in result) return { values, fieldErrors: await translateStaffIssues(result.invalid) };
  const t = await getTranslations('Admin.consultations.problems');
  const message = t(result.refused, { booked: Number(result.values?.booked ?? 0) });
  return { values, fieldErrors: { [fieldFor[result.refused] ?? fallbackField]: message } };
}

/** The pipeline's spec for an action on one booking: its case's access is checked by the core's rule. */
export const bookingActionSpec = {
  permission: consultationKind.managePermission,
  entity: 'ConsultationBooking',
  caseOf: async (bookingId: string) => (await db.consultationBooking.findUnique({ where: { id: bookingId }, select: { caseId: true } }))?.caseId ?? null,
};
