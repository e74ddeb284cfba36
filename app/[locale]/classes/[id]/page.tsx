import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { currentResident } from '@/lib/auth/guards';
import { findSection } from '@/lib/classes/catalogue';
import { myPlaceIn } from '@/lib/classes/mine';
import { windowState } from '@/lib/classes/rules';
import { SectionFacts } from '@/components/classes/SectionFacts';
import { MyPlace } from '@/components/classes/MyPlace';
import { ButtonLink } from '@/components/ui/Button';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { Link } from '@/lib/i18n/navigation';
import { problemText, type Problem } from '@/components/classes/problems';

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const [t, section] = await Promise.all([getTranslations({ locale, namespace: 'Classes' }), findSection(id, locale)]);
  return { title: section ? t(`levels.${section.level}.name`) : t('title') };
}

const notices = ['accepted', 'declined', 'left', 'withdrawn', 'applicationWithdrawn'] as const;

/** A section: its facts, the resident's place in it, and the way in (sign in, enrol, join the waitlist). */
export default async function SectionPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const section = await findSection(id, locale);
  if (!section) notFound();
  const now = new Date();
  const [t, resident] = await Promise.all([getTranslations('Classes'), currentResident()]);
  const place = resident ? await myPlaceIn(resident, section.id) : null;
  const notice = notices.find((n) => n === query.notice);
  const problem = typeof query.problem === 'string' ? await problemText(query.problem as Problem) : null;
  const open = windowState(section, now) === 'open';
  return (
    <>
      <p className="mb-4">
        <Link href="/classes">{t('section.back')}</Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold">{t(`levels.${section.level}.name`)}</h1>
      {notice ? <NoticeBanner tone="success" title={t(`section.notices.${notice}`)} /> : null}
      {problem ? <NoticeBanner tone="warning" title={problem} /> : null}
      {place ? <MyPlace place={place} sectionId={section.id} locale={locale} /> : null}
      <SectionFacts section={section} locale={locale} now={now} />
      {section.lottery ? (
        <p className="mb-4 max-w-2xl">
          {t('section.lotteryNote')} <Link href={`/classes/${section.id}/lottery`}>{t('lottery.title')}</Link>
        </p>
      ) : null}
      {!place && open ? (
        resident ? (
          <>
            {section.seatsLeft === 0 && !section.lottery ? <p className="mb-4 max-w-2xl">{t('section.full')}</p> : null}
            <ButtonLink href={`/classes/${section.id}/enrol`}>{section.lottery ? t('section.apply') : section.seatsLeft === 0 ? t('section.joinWaitlist') : t('section.enrol')}</ButtonLink>
          </>
        ) : (
          <>
            <p className="mb-4 max-w-2xl">{t('section.signIn')}</p>
            <ButtonLink href="/account/sign-in">{t('section.signInLink')}</ButtonLink>
          </>
        )
      ) : null}
    </>
  );
}
