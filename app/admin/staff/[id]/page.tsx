import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { getStaffMember } from '@/lib/staff/queries';
import { updateStaff, setStaffActive } from '@/lib/staff/actions/update-staff';
import { StaffForm } from '@/components/admin/StaffForm';
import { Button } from '@/components/ui/Button';
import Link from 'next/link';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.staff'))('editTitle') };
}

export default async function StaffMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requirePermission('staff:manage');
  const { id } = await params;
  const [t, member] = await Promise.all([getTranslations('Admin.staff'), getStaffMember(admin, id)]);
  if (!member) notFound();
  return (
    <div className="max-w-2xl">
      <p className="mb-2">
        <Link href="/admin/staff">{t('back')}</Link>
      </p>
      <h1 className="mb-1 text-3xl font-bold">{member.name}</h1>
      <p className="mb-6 text-muted">{member.email}</p>
      <StaffForm action={updateStaff} initial={member} submitLabel={t('save')} />
      {member.id !== admin.id ? (
        <section aria-labelledby="access-heading" className="mt-10 border-t-2 border-line pt-6">
          <h2 id="access-heading" className="mb-2 text-2xl font-bold">
            {t('accessHeading')}
          </h2>
          <p className="mb-4">{member.active ? t('disableLead') : t('enableLead')}</p>
          <form action={setStaffActive}>
            <input type="hidden" name="id" value={member.id} />
            <input type="hidden" name="active" value={member.active ? 'false' : 'true'} />
            <Button variant={member.active ? 'warning' : 'secondary'}>{member.active ? t('disable') : t('enable')}</Button>
          </form>
        </section>
      ) : null}
    </div>
  );
}
