import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { listCenters } from '@/lib/centers/queries';
import { Link } from '@/lib/i18n/navigation';
import { isolate } from '@/lib/support/format';

/** The consultation centre, its phone and hours: where to turn when this programme is not the answer. */
export async function WhereElse({ locale }: { locale: Locale }) {
  const [t, centres] = await Promise.all([getTranslations('Support.elsewhere'), listCenters(locale)]);
  const centre = centres.find((c) => c.slug === 'consultation-center');
  return (
    <section aria-labelledby="where-else" className="mt-8 max-w-2xl bg-wash p-4">
      <h2 id="where-else" className="mb-2 text-2xl font-bold">
        {t('title')}
      </h2>
      {centre ? (
        <>
          <p>{t('text', { centre: centre.name.text })}</p>
          <p className="mt-2 text-xl font-bold">
            <a href={`tel:${centre.phone.replace(/[^+\d]/g, '')}`} dir="ltr">
              {centre.phone}
            </a>
          </p>
          <ul className="mt-1 list-none">
            {centre.hours.map((line) => (
              <li key={line.days + line.open}>{t('hours', { days: line.days, opens: isolate(line.opens), closes: isolate(line.closes) })}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="mt-2">
        <Link href="/centers">{t('centres')}</Link>
      </p>
    </section>
  );
}
