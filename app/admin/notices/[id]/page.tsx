import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { noticeForEditing } from '@/lib/notices/staff/editing';
import { NoticeForm } from '@/components/admin/notices/NoticeForm';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminNotices'))('edit') };
}

export default async function EditNoticePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('notices:publish');
  const { id } = await params;
  const [t, initial] = await Promise.all([getTranslations('AdminNotices'), noticeForEditing(id.slice(0, 64))]);
  if (!initial) notFound();
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/notices">{t('back')}</Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{t('edit')}</h1>
      <p className="mb-6 max-w-2xl">{t('formLead')}</p>
      <NoticeForm noticeId={id} initial={initial} />
    </>
  );
}
