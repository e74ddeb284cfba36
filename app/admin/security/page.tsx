import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/guards';
import { EnrolForm } from '@/components/admin/EnrolForm';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.security'))('title') };
}

export default async function SecurityPage() {
  const staff = await requireStaff({ allowWithoutSecondFactor: true });
  const t = await getTranslations('Admin.security');
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      {staff.twoFactorEnabled ? <p>{t('enabled')}</p> : <EnrolForm />}
    </div>
  );
}
