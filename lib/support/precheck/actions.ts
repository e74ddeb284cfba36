'use server';

import { redirect } from 'next/navigation';
import { db } from '@/lib/db';
import { localeFromForm } from '@/lib/i18n/locales';
import { admitPublicForm } from '@/lib/actions/public-form';
import { isDraftId } from '@/lib/drafts';
import { recordPrecheck } from '../rules/queries';
import { readPrecheck, savePrecheck } from './draft';
import { completeAnswers, fieldOf, firstUnanswered, isPrecheckStep, readStep, type PrecheckValues } from './steps';

const text = (formData: FormData, name: string) => String(formData.get(name) ?? '');

/**
 * One answer of the pre-check (post/redirect/get, so it works without JavaScript): kept in a
 * server draft whose id is the only thing in the address, never the answers. Once every question
 * is answered the answers are checked against the rules in force and recorded with that version.
 */
export async function answerPrecheck(_previous: void, formData: FormData): Promise<void> {
  const locale = localeFromForm(formData);
  const step = text(formData, 'step');
  const draftId = text(formData, 'd');
  if (!isPrecheckStep(step)) redirect(`/${locale}/support/check`);
  const now = new Date();
  const draft = isDraftId(draftId) ? await readPrecheck(db, draftId, now) : null;
  if (isDraftId(draftId) && !draft) redirect(`/${locale}/support/check?expired=1`);
  const page = (name: string, id: string | null, extra = '') => `/${locale}/support/check${name === 'programme' ? '' : `/${name}`}?${id ? `d=${id}` : ''}${extra}`;

  const read = readStep(step, formData);
  if (!read.ok) {
    // What was typed comes back from the draft, never through the address.
    const kept = draft ? await savePrecheck(db, draft.id, { ...draft.values, rejected: { step, raw: text(formData, fieldOf[step]).slice(0, 40) } }, now) : null;
    redirect(page(step, kept, `&error=${read.error}`));
  }
  const values: PrecheckValues = { ...(draft?.values ?? {}), ...read.values, precheckId: undefined, rejected: undefined };
  const answers = completeAnswers(values);
  if (!answers) {
    const id = await savePrecheck(db, draft?.id ?? null, values, now);
    redirect(page(firstUnanswered(values)!, id));
  }
  const gate = await admitPublicForm(formData, 'support-precheck');
  if (!gate.ok) {
    const id = await savePrecheck(db, draft?.id ?? null, values, now);
    redirect(page(step, id, `&error=${gate.reason}`));
  }
  const { programme, ...rest } = answers;
  const recorded = await recordPrecheck(db, { code: programme, answers: rest, locale, now });
  const id = await savePrecheck(db, draft?.id ?? null, { ...values, precheckId: recorded?.id }, now);
  redirect(`/${locale}/support/check/result?d=${id}`);
}
