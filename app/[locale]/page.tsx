import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { alternatesFor } from '@/lib/i18n/metadata';
import type { Locale } from '@/lib/i18n/locales';
import { listServices } from '@/lib/services/queries';
import { listCenters } from '@/lib/centers/queries';
import { activeNotices } from '@/lib/notices/queries';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { LocalizedValue } from '@/components/ui/LocalizedValue';
import { languageNameIn } from '@/lib/i18n/language-name';
import { severityTone } from '@/lib/notices/severity';

// Prerendered per locale and refreshed every minute with the notices (docs/decisions/025).
export const revalidate = 60;

/** Services residents can already use online, and where; the others list their centre's phone. */
const onlinePages: Partial<Record<string, string>> = { CONSULTATION: '/consultations' };

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Home' });
  return {
    title: { absolute: t('metaTitle') },
    description: t('metaDescription'),
    alternates: { ...alternatesFor(locale, ''), types: { 'application/atom+xml': [{ url: `/${locale}/notices/feed.xml`, title: t('noticesFeed') }] } },
  };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, services, centers, notices] = await Promise.all([getTranslations('Home'), listServices(locale), listCenters(locale), activeNotices(locale)]);
  // Urgent ones stand at the top of every page already (the layout's UrgentAlerts).
  const listed = notices.filter((notice) => notice.severity !== 'URGENT');
  const fallbackNote = (shownIn: Locale) => t('fallback', { language: languageNameIn(shownIn, locale) });

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold sm:text-4xl">{t('title')}</h1>
      <p className="mb-8 max-w-2xl text-lg">{t('lead')}</p>

      {listed.length > 0 ? (
        <section aria-labelledby="notices-heading" className="mb-8">
          <h2 id="notices-heading" className="sr-only">
            {t('noticesHeading')}
          </h2>
          {listed.map((notice) => (
            <div key={notice.id} id={`notice-${notice.id}`}>
              <NoticeBanner tone={severityTone[notice.severity]} headingLevel={3} title={<LocalizedValue value={notice.title} />}>
                <LocalizedValue as="p" value={notice.body} />
                {notice.title.isFallback ? <p className="text-sm text-muted">{fallbackNote(notice.title.locale)}</p> : null}
              </NoticeBanner>
            </div>
          ))}
          <p>
            <a href={`/${locale}/notices/feed.xml`} type="application/atom+xml">
              {t('noticesFeed')}
            </a>
          </p>
        </section>
      ) : null}

      <section id="services" aria-labelledby="services-heading" className="mb-10 scroll-mt-4">
        <h2 id="services-heading" className="mb-4 text-2xl font-bold">
          {t('servicesHeading')}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {services.map((service) => (
            <li key={service.slug} className="border-t-4 border-brand bg-wash p-4">
              <h3 className="text-xl font-bold">
                {onlinePages[service.kind] ? (
                  <Link href={onlinePages[service.kind]!}>
                    <LocalizedValue value={service.title} />
                  </Link>
                ) : (
                  <LocalizedValue value={service.title} />
                )}
              </h3>
              <LocalizedValue as="p" value={service.summary} />
              {service.summary.isFallback ? <p className="text-sm text-muted">{fallbackNote(service.summary.locale)}</p> : null}
              {service.center ? (
                <p className="mt-2">
                  {t('serviceContact')}{' '}
                  <Link href={`/centers#${service.center.slug}`}>
                    <LocalizedValue value={service.center.name} />
                  </Link>
                  {', '}
                  <a href={`tel:${service.center.phone.replace(/[^+\d]/g, '')}`} dir="ltr">
                    {service.center.phone}
                  </a>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="reach-heading">
        <h2 id="reach-heading" className="mb-4 text-2xl font-bold">
          {t('reachHeading')}
        </h2>
        <p className="mb-4">{t('reachLead')}</p>
        <ul className="mb-4 divide-y divide-line border-y border-line">
          {centers.map((center) => (
            <li key={center.slug} className="flex flex-wrap justify-between gap-2 py-3">
              <Link href={`/centers#${center.slug}`} className="font-semibold">
                <LocalizedValue value={center.name} />
              </Link>
              <a href={`tel:${center.phone.replace(/[^+\d]/g, '')}`} dir="ltr">
                {center.phone}
              </a>
            </li>
          ))}
        </ul>
        <p>
          <Link href="/centers" className="font-semibold">
            {t('allCenters')}
          </Link>
        </p>
      </section>
    </>
  );
}
