import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { can, currentStaff } from '@/lib/auth/guards';
import { rolesWith } from '@/lib/auth/refusal';
import type { Permission } from '@/lib/auth/roles';

/**
 * The 403 of a part of the staff area (its forbidden.tsx): which permission the page needs, the
 * roles that include it, and who gives them; to someone who manages staff, that they can give it
 * themselves. Each part names its own permission, as Next renders this beside the page, not after
 * the guard that refused. The staff area is dynamic, so reading the session here costs nothing.
 */
export async function Refusal({ permission }: { permission: Permission }) {
  const [t, tr, raw, staff] = await Promise.all([getTranslations('Admin.forbidden'), getTranslations('Admin.roles'), getLocale(), currentStaff()]);
  const roleNames = new Intl.ListFormat(raw, { type: 'disjunction' }).format(rolesWith(permission).map((role) => tr(role)));
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-4">{t('missing', { permission, roles: roleNames })}</p>
      <p className="mb-4">
        {staff && can(staff, 'staff:manage') ? t('grantYourself') : t('askAdministrator')} <Link href="/admin/staff">{t('staffPage')}</Link>
      </p>
      <Link href="/admin">{t('back')}</Link>
    </>
  );
}
