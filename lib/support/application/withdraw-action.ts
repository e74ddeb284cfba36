'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { localeFromForm } from '@/lib/i18n/locales';
import type { FormState } from '@/lib/forms/state';
import { residentOrSignIn } from './resident';
import { withdrawApplication } from './withdraw';

/** The resident confirms the withdrawal of their own application; the data layer checks owner and status. */
export async function withdrawApplicationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeFromForm(formData);
  const caseId = String(formData.get('caseId') ?? '').slice(0, 64);
  const path = `/support/requests/${encodeURIComponent(caseId)}/withdraw`;
  const resident = await residentOrSignIn(locale, path);
  const result = await withdrawApplication(db, resident.id, caseId);
  if (result.ok) redirect(`/${locale}${path}?done=1`);
  return { formError: (await getTranslations({ locale, namespace: 'Support.withdraw' }))('notWithdrawable') };
}
