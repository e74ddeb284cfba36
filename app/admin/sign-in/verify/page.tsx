import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { STAFF_TWO_FACTOR_COOKIE } from '@/lib/auth/staff';
import { SecondFactorForm } from '@/components/admin/SecondFactorForm';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.verify'))('title') };
}

export default async function StaffVerifyPage({ searchParams }: { searchParams: Promise<{ method?: string }> }) {
  if (!(await cookies()).has(STAFF_TWO_FACTOR_COOKIE)) redirect('/admin/sign-in?expired=1');
  const [t, { method }] = await Promise.all([getTranslations('Admin.verify'), searchParams]);
  const recovery = method === 'recovery';
  return (
    <div className="max-w-xl">
      <h1 className="mb-6 text-3xl font-bold">{t('title')}</h1>
      <SecondFactorForm method={recovery ? 'recovery' : 'totp'} />
      <p className="mt-6">
        <a href={recovery ? '/admin/sign-in/verify' : '/admin/sign-in/verify?method=recovery'}>{recovery ? t('useApp') : t('useRecovery')}</a>
      </p>
    </div>
  );
}
