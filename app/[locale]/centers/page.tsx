import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { alternatesFor } from '@/lib/i18n/metadata';
import type { Locale } from '@/lib/i18n/locales';
import { languageNameIn } from '@/lib/i18n/language-name';
import { listCenters } from '@/lib/centers/queries';
import { cityZoneName } from '@/lib/time/seoul';
import { LocalizedValue } from '@/components/ui/LocalizedValue';
import { CentreAddress } from '@/components/centers/CentreAddress';

/** Unicode isolates keep "9:00 AM" whole inside right-to-left text. */
const isolate = (text: string) => `\u2068${text}\u2069`;

// Prerendered per locale and refreshed from the database every five minutes.
export const revalidate = 300;

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Centers' });
  return { title: t('title'), description: t('metaDescription'), alternates: alternatesFor(locale, '/centers') };
}

export default async function CentersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, centers] = await Promise.all([getTranslations('Centers'), listCenters(locale)]);

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-2 max-w-2xl text-lg">{t('lead')}</p>
      <p className="mb-8 text-muted">{t('timeZoneNote', { zone: cityZoneName(locale) })}</p>
      {centers.length === 0 ? <p>{t('empty')}</p> : null}
      <ul className="space-y-8">
        {centers.map((center) => {
          const headingId = `${center.slug}-heading`;
          const shownIn = [center.name, center.summary, center.address, ...center.offers].find((text) => text.isFallback)?.locale;
          return (
            <li key={center.slug} id={center.slug} className="scroll-mt-4 border-t-4 border-brand pt-4">
              <article aria-labelledby={headingId}>
                <h2 id={headingId} className="text-2xl font-bold">
                  <LocalizedValue value={center.name} />
                </h2>
                <LocalizedValue as="p" value={center.summary} />
                {shownIn ? <p className="mt-1 text-sm text-muted">{t('fallback', { language: languageNameIn(shownIn, locale) })}</p> : null}
                <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
                  <dt className="font-bold">{t('hours')}</dt>
                  <dd>
                    <ul>
                      {center.hours.map((line) => (
                        <li key={line.days + line.open}>{t('hoursLine', { days: line.days, opens: isolate(line.opens), closes: isolate(line.closes) })}</li>
                      ))}
                    </ul>
                  </dd>
                  <dt className="font-bold">{t('languages')}</dt>
                  <dd>
                    {t('languageCount', { count: center.languages.length })}: {center.languages.join(', ')}
                  </dd>
                  <dt className="font-bold">{t('address')}</dt>
                  <dd>
                    <CentreAddress address={center.address} korean={center.addressKo} />
                  </dd>
                  <dt className="font-bold">{t('phone')}</dt>
                  <dd>
                    <a href={`tel:${center.phone.replace(/[^+\d]/g, '')}`} dir="ltr">
                      {center.phone}
                    </a>
                  </dd>
                  {center.email ? (
                    <>
                      <dt className="font-bold">{t('email')}</dt>
                      <dd>
                        <a href={`mailto:${center.email}`}>{center.email}</a>
                      </dd>
                    </>
                  ) : null}
                  <dt className="font-bold">{t('services')}</dt>
                  <dd>
                    <ul className="list-disc ps-5">
                      {center.offers.map((offer, index) => (
                        <li key={index}>
                          <LocalizedValue value={offer} />
                        </li>
                      ))}
                    </ul>
                  </dd>
                </dl>
              </article>
            </li>
          );
        })}
      </ul>
    </>
  );
}
