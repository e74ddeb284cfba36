'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { runStaffAction } from '@/lib/actions/staff-action';
import { formErrorText } from '@/lib/forms/issue-keys';
import { keptValues, translateIssues, type FormState } from '@/lib/forms/state';
import { isNewsletterLocale } from '../locales';
import { parseCityDateTime } from '@/lib/time/seoul';
import { publishAndSend, saveVersion, scheduleIssue, type EditIntent } from './editing';

const intents: readonly EditIntent[] = ['save', 'review', 'publish', 'unpublish'];
const FIELDS = ['title', 'summary', 'body', 'imageAlt', 'imageCaption'];

// Every public newsletter page, in every locale, shows the change at once (they are cached).
const refreshPublicPages = () => revalidatePath('/[locale]/newsletter', 'layout');

/** One language's version of an article: save, send for review, publish or take back. */
export async function saveVersionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const articleId = String(formData.get('articleId') ?? '').slice(0, 64);
  const locale = String(formData.get('language') ?? '');
  const intentValue = String(formData.get('intent') ?? 'save');
  const intent = (intents as readonly string[]).includes(intentValue) ? (intentValue as EditIntent) : 'save';
  const values = keptValues(formData, FIELDS);
  const t = await getTranslations('AdminNewsletter');
  if (!isNewsletterLocale(locale)) return { values, formError: t('refused.notFound') };
  const permission = intent === 'publish' || intent === 'unpublish' ? 'newsletter:publish' : 'newsletter:edit';
  const result = await runStaffAction({ permission, entity: 'NewsletterVersion' }, { articleId, locale, intent, fields: values }, (actor, input) => saveVersion(actor, input));
  if (result.ok) {
    refreshPublicPages();
    redirect(`/admin/newsletter/articles/${articleId}/${locale}?saved=${result.status}`);
  }
  if ('refused' in result) return { values, formError: t(`refused.${result.refused}`) };
  const tf = await getTranslations('Forms.errors');
  return { values, fieldErrors: translateIssues(result.invalid, formErrorText(tf)) };
}

/** The issue's "publish and send" button. */
export async function sendIssueAction(formData: FormData) {
  const issueId = String(formData.get('issueId') ?? '').slice(0, 64);
  const result = await runStaffAction({ permission: 'newsletter:publish', entity: 'NewsletterIssue' }, issueId, (actor, id) => publishAndSend(actor, id));
  if (result.ok) refreshPublicPages();
  redirect(`/admin/newsletter?${result.ok ? 'sent' : 'notSent'}=${encodeURIComponent(issueId)}`);
}

/** The issue's publication time: set, changed, or cleared with an empty field. */
export async function scheduleIssueAction(formData: FormData) {
  const issueId = String(formData.get('issueId') ?? '').slice(0, 64);
  const raw = String(formData.get('publishAt') ?? '').trim();
  const publishAt = raw ? parseCityDateTime(raw) : null;
  if (raw && !publishAt) redirect('/admin/newsletter?notScheduled=invalid');
  const result = await runStaffAction({ permission: 'newsletter:publish', entity: 'NewsletterIssue' }, issueId, (actor, id) => scheduleIssue(actor, id, publishAt));
  redirect(`/admin/newsletter?${result.ok ? 'scheduled=1' : `notScheduled=${'refused' in result ? result.refused : 'notFound'}`}`);
}
