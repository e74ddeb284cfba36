import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InvitationForm } from '@/components/admin/InvitationForm';

export async function generateMetadata(): Promise<Metadata> {
  // same-origin, not no-referrer: a form posted from a no-referrer page carries Origin: null, which is refused.
  return { title: (await getTranslations('Admin.invitation'))('title'), referrer: 'same-origin' };
}

/** Opened from the invitation email; the token is checked when the form is sent. */
export default async function InvitationPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const [t, { token }] = await Promise.all([getTranslations('Admin.invitation'), searchParams]);
  return (
    <div className="max-w-xl">
      <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6">{t('lead')}</p>
      {token ? <InvitationForm token={token} /> : <p role="alert">{t('invalidLink')}</p>}
    </div>
  );
}
