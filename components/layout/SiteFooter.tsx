import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/locales';
import type { CityIdentity } from '@/lib/city/queries';

export async function SiteFooter({ locale, city }: { locale: Locale; city: CityIdentity | null }) {
  const t = await getTranslations({ locale, namespace: 'Layout' });
  return (
    <footer role="contentinfo" className="mt-12 border-t-8 border-brand bg-wash">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 sm:grid-cols-2">
        {city ? (
          <section aria-labelledby="footer-contact">
            <h2 id="footer-contact" className="text-lg font-bold">
              {t('footer.contact')}
            </h2>
            <p lang={city.agency.isFallback ? city.agency.locale : undefined}>{city.agency.text}</p>
            <p>
              {t('footer.phone')}:{' '}
              <a href={`tel:${city.phone.replace(/[^+\d]/g, '')}`} dir="ltr">
                {city.phone}
              </a>
            </p>
            <p>
              {t('footer.email')}: <a href={`mailto:${city.email}`}>{city.email}</a>
            </p>
          </section>
        ) : null}
        <section aria-labelledby="footer-help">
          <h2 id="footer-help" className="text-lg font-bold">
            {t('footer.help')}
          </h2>
          <ul>
            <li>
              <Link href="/centers">{t('footer.centers')}</Link>
            </li>
            <li>
              {t('footer.emergency')}: <a href="tel:112">112</a> · <a href="tel:119">119</a>
            </li>
            <li>
              {t('footer.foreignerHelpline')}: <a href="tel:1345">1345</a>
            </li>
          </ul>
        </section>
      </div>
    </footer>
  );
}
