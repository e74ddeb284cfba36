import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { listStaff } from '@/lib/staff/queries';
import { inviteStaff } from '@/lib/staff/actions/invite-staff';
import { StaffForm } from '@/components/admin/StaffForm';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { Tag } from '@/components/ui/Tag';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.staff'))('title') };
}

export default async function StaffPage({ searchParams }: { searchParams: Promise<{ invited?: string; updated?: string }> }) {
  const admin = await requirePermission('staff:manage');
  const [t, tr, staff, params] = await Promise.all([getTranslations('Admin.staff'), getTranslations('Admin.roles'), listStaff(admin), searchParams]);
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t('title')}</h1>
      {params.invited ? <NoticeBanner tone="success" title={t('invited', { email: params.invited })} /> : null}
      {params.updated ? <NoticeBanner tone="success" title={t('updated')} /> : null}
      <div className="mb-10 overflow-x-auto" role="region" aria-labelledby="staff-caption" tabIndex={0}>
        <table className="w-full border-collapse text-start">
          <caption id="staff-caption" className="mb-2 text-start text-lg font-bold">
            {t('listCaption', { count: staff.length })}
          </caption>
          <thead>
            <tr>
              {[t('name'), t('email'), t('roles'), t('languages'), t('status')].map((h) => (
                <th key={h} scope="col" className="border-b-2 border-ink p-2 text-start">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {staff.map((s) => (
              <tr key={s.id}>
                <td className="border-b border-line p-2">
                  <a href={`/admin/staff/${s.id}`}>{s.name}</a>
                </td>
                <td className="border-b border-line p-2">{s.email}</td>
                <td className="border-b border-line p-2">{s.roles.map((r) => tr(r)).join(', ')}</td>
                <td className="border-b border-line p-2">{s.languages.join(', ')}</td>
                <td className="border-b border-line p-2">
                  {s.active ? <Tag tone={s.twoFactorEnabled ? 'success' : 'warning'}>{s.twoFactorEnabled ? t('active') : t('pending')}</Tag> : <Tag tone="error">{t('disabled')}</Tag>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="invite-heading" className="max-w-2xl">
        <h2 id="invite-heading" className="mb-4 text-2xl font-bold">
          {t('inviteHeading')}
        </h2>
        <p className="mb-4">{t('inviteLead')}</p>
        <StaffForm action={inviteStaff} submitLabel={t('inviteSubmit')} />
      </section>
    </>
  );
}
