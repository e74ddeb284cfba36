import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/locales';
import type { CityIdentity } from '@/lib/city/queries';
import { LanguagePicker } from './LanguagePicker';
import { TextSizeControl } from './TextSizeControl';

export async function SiteHeader({ locale, city }: { locale: Locale; city: CityIdentity | null }) {
  const t = await getTranslations({ locale, namespace: 'Layout' });
  const nav = [
    { href: '/', label: t('nav.home') },
    { href: '/#services', label: t('nav.services') },
    { href: '/centers', label: t('nav.centers') },
    { href: '/account', label: t('nav.account') },
  ];
  return (
    <header role="banner" className="bg-brand-dark text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="!text-white no-underline">
          <span className="block text-xl font-bold" lang={city?.name.isFallback ? city.name.locale : undefined}>
            {city?.name.text ?? t('portalName')}
          </span>
          <span className="block text-sm">{t('portalName')}</span>
        </Link>
        {/* The open language menu takes the whole row (LanguagePicker). */}
        <div className="flex min-w-0 max-w-full flex-wrap items-center justify-end gap-2 has-[details[open]]:basis-full">
          <TextSizeControl />
          <LanguagePicker locale={locale} />
        </div>
      </div>
      <nav aria-label={t('nav.label')} className="bg-brand">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-6 px-4">
          {nav.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="inline-block py-3 font-semibold !text-white">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
