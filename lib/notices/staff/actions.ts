'use server';

import { revalidatePath, updateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { runStaffAction } from '@/lib/actions/staff-action';
import { formErrorText } from '@/lib/forms/issue-keys';
import { keptValues, translateIssues, type FormState } from '@/lib/forms/state';
import { NOTICES_TAG } from '../cached';
import { endNotice, NOTICE_FIELDS, saveNotice } from './editing';

/**
 * Every public page in every locale shows the change on its next request on this instance (the
 * layout carries the urgent alerts); other instances within the layout's minute.
 */
function refreshPublicPages() {
  updateTag(NOTICES_TAG);
  revalidatePath('/[locale]', 'layout');
}

/** Creates or changes a notice; saved is published from its start time. */
export async function saveNoticeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const id = String(formData.get('noticeId') ?? '').slice(0, 64) || undefined;
  const values = keptValues(formData, NOTICE_FIELDS);
  const result = await runStaffAction({ permission: 'notices:publish', entity: 'Notice' }, { id, fields: values }, (actor, input) => saveNotice(actor, input));
  if (result.ok) {
    refreshPublicPages();
    redirect(`/admin/notices?saved=${encodeURIComponent(result.id)}`);
  }
  if ('refused' in result) return { values, formError: (await getTranslations('AdminNotices'))('notFound') };
  const [tf, tn] = await Promise.all([getTranslations('Forms.errors'), getTranslations('AdminNotices.errors')]);
  const translate = formErrorText(tf);
  return { values, fieldErrors: translateIssues(result.invalid, (key, params) => (key === 'endBeforeStart' ? tn('endBeforeStart') : translate(key, params))) };
}

/** The list's "end now" button. */
export async function endNoticeAction(formData: FormData) {
  const id = String(formData.get('noticeId') ?? '').slice(0, 64);
  const result = await runStaffAction({ permission: 'notices:publish', entity: 'Notice' }, id, (actor, noticeId) => endNotice(actor, noticeId));
  if (result.ok) refreshPublicPages();
  redirect(`/admin/notices?${result.ok ? 'ended' : 'notFound'}=${encodeURIComponent(id)}`);
}
