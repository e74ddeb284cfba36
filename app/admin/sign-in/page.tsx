import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/lib/auth/guards';
import { SignInForm } from '@/components/admin/SignInForm';
import { NoticeBanner } from '@/components/ui/NoticeBanner';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.signIn'))('title') };
}

export default async function StaffSignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const staff = await currentStaff();
  if (staff) redirect(staff.twoFactorEnabled ? '/admin' : '/admin/security');
  const [t, params] = await Promise.all([getTranslations('Admin.signIn'), searchParams]);
  return (
    <div className="max-w-xl">
      <h1 className="mb-6 text-3xl font-bold">{t('title')}</h1>
      {params.passwordSet ? <NoticeBanner tone="success" title={t('passwordSet')} /> : null}
      {params.expired ? <NoticeBanner tone="warning" title={t('expired')} /> : null}
      <SignInForm />
    </div>
  );
}
