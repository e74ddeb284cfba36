'use server';

import { redirect } from 'next/navigation';
import { db } from '@/lib/db';
import { localeFromForm } from '@/lib/i18n/locales';
import { currentLinkClaim } from '../link-access';
import { replaceManageLink } from '../new-link';

/**
 * "Send me a new link" on the manage page. The new link goes only to the booking's own email or
 * phone, and whoever pressed the button is sent to a page that says so: someone who had the old
 * link and pressed it does not get the new one.
 */
export async function requestNewLink(_previous: void, formData: FormData): Promise<void> {
  const locale = localeFromForm(formData);
  const token = String(formData.get('token') ?? '');
  const claim = await currentLinkClaim(token);
  if (!claim) redirect(`/${locale}/consultations/manage/${encodeURIComponent(token)}`);
  await replaceManageLink(db, claim.bookingId, claim.linkVersion);
  redirect(`/${locale}/consultations/manage/new-link-sent`);
}
