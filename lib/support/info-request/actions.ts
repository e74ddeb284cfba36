'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { localeFromForm } from '@/lib/i18n/locales';
import { keptValues, translateIssues, type FormState } from '@/lib/forms/state';
import { formErrorText } from '@/lib/forms/issue-keys';
import { residentOrSignIn } from '../application/resident';
import { answerRequest } from './work';

/** The resident's answer to a request for more; their own case only (the data layer checks). */
export async function answerRequestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeFromForm(formData);
  const caseId = String(formData.get('caseId') ?? '').slice(0, 64);
  const resident = await residentOrSignIn(locale, `/support/requests/${encodeURIComponent(caseId)}`);
  const values = keptValues(formData, ['answer']);
  const result = await answerRequest(db, resident.id, caseId, { answer: values.answer });
  if (result.ok) redirect(`/${locale}/support/requests/${encodeURIComponent(caseId)}?sent=1`);
  if ('invalid' in result) return { values, fieldErrors: translateIssues(result.invalid, formErrorText(await getTranslations({ locale, namespace: 'Forms.errors' }))) };
  return { values, fieldErrors: { answer: (await getTranslations({ locale, namespace: 'Support.requests' }))('notOpen') } };
}
