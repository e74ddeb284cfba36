import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { noticeForEditing } from '@/lib/notices/staff/editing';
import { NoticeForm } from '@/components/admin/notices/NoticeForm';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminNotices'))('new') };
}

export default async function NewNoticePage() {
  await requirePermission('notices:publish');
  const [t, initial] = await Promise.all([getTranslations('AdminNotices'), noticeForEditing(null)]);
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/notices">{t('back')}</Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{t('new')}</h1>
      <p className="mb-6 max-w-2xl">{t('formLead')}</p>
      <NoticeForm initial={initial!} />
    </>
  );
}
