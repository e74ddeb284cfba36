import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

/** A manage link that is wrong, revoked or too old: say which, and offer the reference + code way. */
export async function LinkProblem({ kind }: { kind: 'invalid' | 'expired' }) {
  const t = await getTranslations('Consultations.manage');
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t(kind === 'expired' ? 'expiredTitle' : 'invalidTitle')}</h1>
      <p className="mb-4 max-w-2xl">{t(kind === 'expired' ? 'expiredText' : 'invalidText')}</p>
      <Link href="/consultations/manage">{t('useReference')}</Link>
    </>
  );
}
