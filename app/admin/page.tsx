import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { can, requireStaff } from '@/lib/auth/guards';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.home'))('title') };
}

export default async function AdminHome() {
  const staff = await requireStaff();
  const t = await getTranslations('Admin');
  const links = [
    { href: '/admin/consultations', label: t('nav.consultations'), text: t('home.consultations'), show: can(staff, 'consultations:manage') },
    { href: '/admin/consultations/schedules', label: t('nav.schedules'), text: t('home.schedules'), show: can(staff, 'consultations:schedule') },
    { href: '/admin/staff', label: t('nav.staff'), text: t('home.staff'), show: can(staff, 'staff:manage') },
    { href: '/admin/audit', label: t('nav.audit'), text: t('home.audit'), show: can(staff, 'audit:read') },
    { href: '/admin/mail', label: t('nav.mail'), text: t('home.mail'), show: can(staff, 'mail:read') },
  ].filter((l) => l.show);
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('home.welcome', { name: staff.name })}</h1>
      <p className="mb-6">{t('home.roles', { roles: staff.roles.map((r) => t(`roles.${r}`)).join(', ') })}</p>
      {links.length === 0 ? <p>{t('home.nothingYet')}</p> : null}
      <ul className="grid gap-4 sm:grid-cols-3">
        {links.map((l) => (
          <li key={l.href} className="border-t-4 border-brand bg-wash p-4">
            <a href={l.href} className="text-xl font-bold">
              {l.label}
            </a>
            <p>{l.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
