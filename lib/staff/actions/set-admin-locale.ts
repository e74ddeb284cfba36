'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { db } from '@/lib/db';
import { currentStaff } from '@/lib/auth/guards';
import { ADMIN_LOCALE_COOKIE } from '@/lib/i18n/admin-locale';
import { isLocale } from '@/lib/i18n/locales';

/** Staff choose the admin section's language; it is kept on their account and in a cookie. */
export async function setAdminLocale(formData: FormData) {
  const locale = formData.get('locale');
  const back = String(formData.get('back') ?? '/admin');
  if (isLocale(locale)) {
    (await cookies()).set(ADMIN_LOCALE_COOKIE, locale, { path: '/admin', maxAge: 31_536_000, sameSite: 'lax', httpOnly: true, secure: true });
    const staff = await currentStaff();
    if (staff) await db.staffUser.update({ where: { id: staff.id }, data: { locale } });
  }
  // Only paths inside the admin section: never an open redirect.
  redirect(back.startsWith('/admin') && !back.startsWith('//') ? back : '/admin');
}
