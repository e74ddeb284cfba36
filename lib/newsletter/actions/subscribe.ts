'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { db } from '@/lib/db';
import { admitPublicForm } from '@/lib/actions/public-form';
import { emailField } from '@/lib/forms/fields';
import { formErrorText } from '@/lib/forms/issue-keys';
import { keptValues, translateIssues, type FormState } from '@/lib/forms/state';
import { localeFromForm } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/http/site-url';
import { newsletterLocales } from '../locales';
import { confirmSubscription, requestSubscription, unsubscribe } from '../subscriptions';

const schema = z.object({ email: emailField, language: z.enum(newsletterLocales, 'choose') });

export type SubscribeState = FormState & { sentTo?: string };

/** Step one of the double opt-in: the email with the confirmation link (honeypot and budget first). */
export async function subscribeToNewsletter(_previous: SubscribeState, formData: FormData): Promise<SubscribeState> {
  const locale = localeFromForm(formData);
  const [t, tf] = await Promise.all([getTranslations({ locale, namespace: 'Forms' }), getTranslations({ locale, namespace: 'Forms.errors' })]);
  const values = keptValues(formData, ['email', 'language']);
  const gate = await admitPublicForm(formData, 'newsletter-subscribe');
  if (!gate.ok) return { values, formError: gate.reason === 'spam' ? t('refused') : t('throttled', { minutes: gate.retryAfterMinutes }) };
  const parsed = schema.safeParse({ email: formData.get('email'), language: formData.get('language') });
  if (!parsed.success) return { values, fieldErrors: translateIssues(parsed.error, formErrorText(tf)) };
  await requestSubscription(db, { email: parsed.data.email, locale: parsed.data.language, site: siteUrl() });
  return { sentTo: parsed.data.email };
}

const token = (formData: FormData) => String(formData.get('token') ?? '').slice(0, 200);

/** The confirmation page's button (POST): a scanner opening the link confirms nothing. */
export async function confirmNewsletter(formData: FormData) {
  const locale = localeFromForm(formData);
  const value = token(formData);
  const outcome = await confirmSubscription(db, value);
  redirect(`/${locale}/newsletter/confirm/${encodeURIComponent(value)}?status=${outcome === 'confirmed' ? 'done' : 'invalid'}`);
}

/** The unsubscribe page's button (POST); the one-click address does the same without a page. */
export async function unsubscribeNewsletter(formData: FormData) {
  const locale = localeFromForm(formData);
  const value = token(formData);
  const outcome = await unsubscribe(db, value);
  redirect(`/${locale}/newsletter/unsubscribe/${encodeURIComponent(value)}?status=${outcome === 'unsubscribed' ? 'done' : 'invalid'}`);
}
