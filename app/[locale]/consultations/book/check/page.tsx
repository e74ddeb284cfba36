import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { languageNameIn } from '@/lib/i18n/language-name';
import { resolveText } from '@/lib/i18n/localized-text';
import { db } from '@/lib/db';
import { readDraft } from '@/lib/consultations/drafts';
import { findOpenSlots } from '@/lib/consultations/queries';
import { confirmBooking, chooseAnotherSlot } from '@/lib/consultations/actions/book';
import { cityDayKey, cityZoneName, formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { bookingWeek } from '@/lib/consultations/weeks';
import { BookingProgress, answersQuery } from '@/components/consultations/BookingSteps';
import { SlotChoice } from '@/components/consultations/SlotChoice';
import { Button, ButtonLink } from '@/components/ui/Button';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { Honeypot } from '@/components/forms/Honeypot';
import { Link } from '@/lib/i18n/navigation';
import { koreanAddress } from '@/lib/centers/korean-address';
import { CentreAddress } from '@/components/centers/CentreAddress';
import { PostForm } from '@/components/forms/PostForm';
import { formPermalink } from '@/lib/forms/permalink';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Consultations.check' });
  return { title: t('title'), robots: { index: false } };
}

const problems = ['full', 'unavailable', 'too_late', 'already_booked', 'incomplete', 'choose', 'throttled', 'refused', 'busy'] as const;
type Problem = (typeof problems)[number];

/**
 * "Check your answers", then one button that books. When the time was taken meanwhile, the page
 * says so and offers the next free times right here, keeping everything else the person typed.
 */
export default async function CheckPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const draftId = typeof query.draft === 'string' ? query.draft : '';
  const problem = problems.find((p) => p === query.problem) as Problem | undefined;
  const [t, ts, tf] = await Promise.all([getTranslations('Consultations.check'), getTranslations('Consultations'), getTranslations('Forms')]);
  const draft = await readDraft(db, draftId);
  if (!draft) {
    return (
      <>
        <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
        <NoticeBanner tone="warning" title={ts('book.expiredTitle')}>
          <p className="mb-2">{ts('book.expired')}</p>
          <Link href="/consultations/book">{ts('book.startAgain')}</Link>
        </NoticeBanner>
      </>
    );
  }
  const [topic, slot] = await Promise.all([
    db.consultationTopic.findUnique({ where: { id: draft.topicId } }),
    db.consultationSlot.findUnique({ where: { id: draft.slotId }, select: { startsAt: true, center: { select: { name: true, address: true } } } }),
  ]);
  const values = (draft.values ?? {}) as Record<string, string>;
  const answers = { topic: topic?.slug, language: draft.language, channel: draft.channel, slot: draft.slotId, draft: draft.id };
  const change = (step: 'topic' | 'language' | 'channel' | 'slot' | 'details') => {
    const cleared = { topic: ['topic', 'language', 'channel', 'slot'], language: ['language', 'channel', 'slot'], channel: ['channel', 'slot'], slot: ['slot'], details: [] }[step];
    return `/consultations/book?${answersQuery(answers, Object.fromEntries(cleared.map((key) => [key, undefined])))}`;
  };
  // The next free times from the day the resident wanted (or the first bookable day), a week of
  // them, without the one that has just gone.
  const alternatives =
    topic && (problem === 'full' || problem === 'unavailable' || problem === 'too_late' || problem === 'choose')
      ? (await findOpenSlots(topic, { topicSlug: topic.slug, language: draft.language, channel: draft.channel }, bookingWeek(topic, slot ? cityDayKey(slot.startsAt) : undefined).window)).filter(
          (free) => free.id !== draft.slotId,
        )
      : [];

  const rows: { key: string; label: string; value: ReactNode; href: string; lang?: string }[] = [
    { key: 'topic', label: t('rows.topic'), value: topic ? resolveText(topic.title, locale).text : '', href: change('topic') },
    { key: 'language', label: t('rows.language'), value: languageNameIn(draft.language, locale), href: change('language') },
    { key: 'channel', label: t('rows.channel'), value: ts(`channels.${draft.channel}`), href: change('channel') },
    {
      key: 'time',
      label: t('rows.time'),
      value: slot ? `${formatCityDate(slot.startsAt, locale)}, ${formatCityTime(slot.startsAt, locale)} (${cityZoneName(locale, slot.startsAt)})` : '',
      href: change('slot'),
    },
    ...(draft.channel === 'VISIT' && slot
      ? [
          {
            key: 'place',
            label: t('rows.place'),
            value: <CentreAddress prefix={resolveText(slot.center.name, locale).text} address={resolveText(slot.center.address, locale)} korean={koreanAddress(slot.center.address)} />,
            href: change('slot'),
          },
        ]
      : []),
    { key: 'name', label: t('rows.name'), value: values.name ?? '', href: change('details') },
    { key: 'email', label: t('rows.email'), value: values.email || t('none'), href: change('details') },
    { key: 'phone', label: t('rows.phone'), value: values.phone || t('none'), href: change('details') },
    { key: 'problem', label: t('rows.problem'), value: values.problem ?? '', href: change('details') },
    { key: 'interpreter', label: t('rows.interpreter'), value: values.interpreter === 'yes' ? t('yes') : t('no'), href: change('details') },
  ];

  return (
    <>
      <BookingProgress current="check" />
      {problem ? (
        <div role="alert" className="mb-6 max-w-2xl border-s-4 border-error bg-[#fbe9e7] p-4">
          <h2 className="mb-1 text-xl font-bold">{t(`problems.${problem}.title`)}</h2>
          <p>{t(`problems.${problem}.text`)}</p>
          {problem === 'already_booked' ? <Link href="/consultations/manage">{t('problems.already_booked.link')}</Link> : null}
        </div>
      ) : query.changed ? (
        <NoticeBanner tone="success" title={t('changed')} />
      ) : null}
      <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      {alternatives.length > 0 ? (
        <PostForm action={chooseAnotherSlot} permalink={formPermalink(`/${locale}/consultations/book/check`, { draft: draft.id }, 'another-time')} className="mb-8 max-w-2xl">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="draft" value={draft.id} />
          <SlotChoice slots={alternatives} locale={locale} laterHref={change('slot')} />
          <Button>{t('useThisTime')}</Button>
        </PostForm>
      ) : null}
      <dl className="mb-8 max-w-3xl divide-y divide-muted border-y border-muted">
        {rows.map((row) => (
          <div key={row.key} className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr_auto] sm:gap-4">
            <dt className="font-semibold">{row.label}</dt>
            <dd className="whitespace-pre-line break-words">{row.value}</dd>
            <dd>
              <Link href={row.href}>
                {t('change')}
                <span className="sr-only"> {row.label}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <h2 className="mb-2 text-2xl font-bold">{t('sendTitle')}</h2>
      <p className="mb-4 max-w-2xl">{t('sendText')}</p>
      <PostForm action={confirmBooking} permalink={formPermalink(`/${locale}/consultations/book/check`, { draft: draft.id })}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="draft" value={draft.id} />
        <Honeypot label={tf('honeypot')} />
        <Button>{t('confirm')}</Button>
      </PostForm>
      <p className="mt-6">
        <ButtonLink href="/consultations" variant="secondary">
          {t('cancelFlow')}
        </ButtonLink>
      </p>
    </>
  );
}
