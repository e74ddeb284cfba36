import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/guards';
import { RECOVERY_CODES_COOKIE, staffAuth } from '@/lib/auth/staff';
import { consumeRecoveryCodesView } from '@/lib/auth/recovery-codes-grant';
import { db } from '@/lib/db';
import { buttonClass } from '@/components/ui/Button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.security'))('codesHeading') };
}

/** Shown once, right after enrolment (a one-time grant), never again: the codes are as good as a password. */
export default async function RecoveryCodesPage() {
  const staff = await requireStaff();
  if (!(await consumeRecoveryCodesView(db, staff.id, (await cookies()).get(RECOVERY_CODES_COOKIE)?.value))) redirect('/admin/security');
  const [t, { backupCodes }] = await Promise.all([getTranslations('Admin.security'), staffAuth().api.viewBackupCodes({ body: { userId: staff.id } })]);
  return (
    <section aria-labelledby="codes-heading" className="max-w-2xl">
      <h1 id="codes-heading" className="mb-2 text-3xl font-bold">
        {t('codesHeading')}
      </h1>
      <p className="mb-4">{t('codesLead')}</p>
      <ul className="mb-6 grid max-w-md grid-cols-2 gap-2 font-mono text-lg">
        {backupCodes.map((code) => (
          <li key={code} className="border border-line p-2">
            {code}
          </li>
        ))}
      </ul>
      {/* A full page load on purpose: the admin layout must render again to show the navigation now that the second factor is on. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
      <a href="/admin" className={`${buttonClass()} !text-white`}>
        {t('done')}
      </a>
    </section>
  );
}
