'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { isDatabaseBusy } from '@/lib/db/retry';
import { keptValues, translateIssues, type FormState } from '@/lib/forms/state';
import { admitPublicForm } from '@/lib/actions/public-form';
import { formErrorText } from '@/lib/forms/issue-keys';
import { localeFromForm } from '@/lib/i18n/locales';
import { confirmDraft } from '../booking';
import { isDraftId, readDraft, saveDraft } from '../drafts';
import { detailFields, detailsSchemaFor, isChannel } from '../schema';
import { manageToken } from '../tokens';

const text = (formData: FormData, name: string) => String(formData.get(name) ?? '');

/**
 * "Your details": checks the answers, keeps them in a draft on the server and shows "check your
 * answers". The choices from the earlier steps come back as hidden fields and are checked again.
 */
export async function saveBookingDetails(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeFromForm(formData);
  const tf = await getTranslations({ locale, namespace: 'Forms.errors' });
  const values = keptValues(formData, [...detailFields]);
  const gate = await admitPublicForm(formData, 'consultation-details');
  if (!gate.ok) {
    const t = await getTranslations({ locale, namespace: 'Forms' });
    return { values, formError: gate.reason === 'spam' ? t('refused') : t('throttled', { minutes: gate.retryAfterMinutes }) };
  }
  const [topic, slot] = await Promise.all([
    db.consultationTopic.findFirst({ where: { slug: text(formData, 'topic'), active: true }, select: { id: true } }),
    db.consultationSlot.findUnique({ where: { id: text(formData, 'slot') }, select: { id: true } }),
  ]);
  const channel = text(formData, 'channel');
  const language = text(formData, 'language');
  if (!topic || !slot || !isChannel(channel) || !/^[a-z]{2,3}$/.test(language)) {
    const t = await getTranslations({ locale, namespace: 'Consultations.details' });
    return { values, formError: t('choicesLost') };
  }
  const parsed = detailsSchemaFor(channel).safeParse(Object.fromEntries(detailFields.map((name) => [name, formData.get(name) ?? undefined])));
  if (!parsed.success) return { values, fieldErrors: translateIssues(parsed.error, formErrorText(tf)) };
  const previous = text(formData, 'draft');
  const draftId = await saveDraft(db, isDraftId(previous) ? previous : null, { locale, topicId: topic.id, language, channel, slotId: slot.id }, values);
  redirect(`/${locale}/consultations/book/check?draft=${draftId}`);
}

/**
 * "Confirm booking". Always answers with a redirect (post/redirect/get): to the booking's page
 * when it is made (or was made by an earlier click), else back to the check page with the
 * problem named. Repeating the request never makes a second booking.
 */
export async function confirmBooking(_previous: void, formData: FormData): Promise<void> {
  const locale = localeFromForm(formData);
  const draftId = text(formData, 'draft');
  const back = (problem: string) => `/${locale}/consultations/book/check?draft=${encodeURIComponent(draftId)}&problem=${problem}`;
  if (!isDraftId(draftId)) redirect(`/${locale}/consultations/book?problem=expired`);
  // This submit sends an email or a text message: a bot or a flood from one address stops here,
  // before the seat is touched; the draft (what the resident typed) is kept either way.
  // A database that stays locked or unreachable past its retries (lib/db/sqlite-busy.ts), for the
  // throttle or the booking, is a "try again" on the check page with the draft kept, not a bare 500.
  const onBusy = (error: unknown): never => {
    if (isDatabaseBusy(error)) redirect(back('busy'));
    throw error;
  };
  const gate = await admitPublicForm(formData, 'consultation-confirm').catch(onBusy);
  if (!gate.ok) redirect(back(gate.reason === 'spam' ? 'refused' : 'throttled'));
  const result = await confirmDraft(db, draftId).catch(onBusy);
  switch (result.kind) {
    case 'booked': {
      redirect(`/${locale}/consultations/manage/${manageToken({ id: result.bookingId, linkVersion: result.linkVersion })}?booked=1`);
    }
    case 'draft_missing':
      redirect(`/${locale}/consultations/book?problem=expired`);
    case 'unavailable':
      redirect(back(result.reason === 'too_late' ? 'too_late' : 'unavailable'));
    default:
      redirect(back(result.kind));
  }
}

/** From the check page after "that time was just taken": the newly chosen time goes into the draft. */
export async function chooseAnotherSlot(_previous: void, formData: FormData): Promise<void> {
  const locale = localeFromForm(formData);
  const draftId = text(formData, 'draft');
  const draft = await readDraft(db, draftId);
  if (!draft) redirect(`/${locale}/consultations/book?problem=expired`);
  const slotId = text(formData, 'slot');
  const slot = slotId ? await db.consultationSlot.findUnique({ where: { id: slotId }, select: { id: true } }) : null;
  if (!slot) redirect(`/${locale}/consultations/book/check?draft=${draftId}&problem=choose`);
  await saveDraft(db, draftId, { locale, topicId: draft.topicId, language: draft.language, channel: draft.channel, slotId: slot.id }, (draft.values ?? {}) as Record<string, string>);
  redirect(`/${locale}/consultations/book/check?draft=${draftId}&changed=1`);
}
