import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

/** When nothing is free within the booking horizon: say so, and give the phone line instead. */
export async function NoSlots({ languageName, centre, changeHref }: { languageName: string; centre: { name: string; phone: string } | null; changeHref: string }) {
  const t = await getTranslations('Consultations.noSlots');
  return (
    <div className="max-w-2xl border-s-4 border-warning bg-wash p-4" role="status">
      <h2 className="mb-2 text-xl font-bold">{t('title')}</h2>
      <p className="mb-2">{t('text', { language: languageName })}</p>
      {centre ? (
        <p className="mb-2">
          {t('call', { centre: centre.name, language: languageName })}{' '}
          <a href={`tel:${centre.phone.replace(/[^+\d]/g, '')}`} dir="ltr" className="font-bold">
            {centre.phone}
          </a>
        </p>
      ) : null}
      <Link href={changeHref}>{t('change')}</Link>
    </div>
  );
}
