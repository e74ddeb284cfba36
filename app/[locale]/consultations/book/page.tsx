import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { languageNameIn } from '@/lib/i18n/language-name';
import { db } from '@/lib/db';
import { isChannel } from '@/lib/consultations/schema';
import { readDraft } from '@/lib/consultations/drafts';
import { bookingWeek } from '@/lib/consultations/weeks';
import { cityDayKey } from '@/lib/time/seoul';
import { consultationCentre, counselledLanguages, findChannels, findOpenSlots, findSlot, findTopic } from '@/lib/consultations/queries';
import { BookingProgress, HiddenAnswers, answersQuery, type Answers } from '@/components/consultations/BookingSteps';
import { NoSlots } from '@/components/consultations/NoSlots';
import { SlotChoice } from '@/components/consultations/SlotChoice';
import { DetailsForm } from '@/components/consultations/DetailsForm';
import { ChoiceStep } from '@/components/consultations/ChoiceStep';
import { TopicStep } from '@/components/consultations/TopicStep';
import { shortLived } from '@/lib/consultations/free-times-cache';
import { Button } from '@/components/ui/Button';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { NoticeBanner } from '@/components/ui/NoticeBanner';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Consultations.book' });
  return { title: t('title'), robots: { index: false } };
}

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

/**
 * The booking flow's choice steps, one question per page (topic, language, channel, time), then
 * "your details". Each step is a GET form carrying the earlier answers, so it works without
 * JavaScript, survives a reload and the back button, and a link can start half-way.
 */
export default async function BookPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const answers: Answers = { topic: one(query.topic), language: one(query.language), channel: one(query.channel), slot: one(query.slot), draft: one(query.draft) };
  const submitted = one(query.step);
  const [t, tf] = await Promise.all([getTranslations('Consultations'), getTranslations('Forms')]);
  const action = `/${locale}/consultations/book`;
  const expired =
    one(query.problem) === 'expired' ? (
      <NoticeBanner tone="warning" title={t('book.expiredTitle')}>
        {t('book.expired')}
      </NoticeBanner>
    ) : null;

  const header = (
    <>
      {expired}
      <h1 className="mb-4 text-3xl font-bold">{t('book.title')}</h1>
    </>
  );

  const common = { header, action, answers };
  const topic = await shortLived(`topic|${answers.topic}|${locale}`, () => findTopic(answers.topic, locale));
  if (!topic) return <TopicStep locale={locale} header={header} answers={answers} submitted={submitted === 'topic'} />;

  const languages = await shortLived('languages', counselledLanguages);
  const language = answers.language && languages.includes(answers.language) ? answers.language : undefined;
  if (!language) {
    const sorted = languages.map((code) => ({ code, name: languageNameIn(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
    return (
      <ChoiceStep
        step="language"
        name="language"
        {...common}
        submitted={submitted === 'language'}
        legend={t('language.legend')}
        hint={t('language.hint')}
        selected={answers.language ?? (languages.includes(locale) ? locale : undefined)}
        choices={sorted.map(({ code, name }) => ({
          value: code,
          label: name,
          hint: code === locale ? undefined : <span lang={code}>{languageNameIn(code, code as Locale)}</span>,
        }))}
      />
    );
  }

  const languageName = languageNameIn(language, locale);
  const centre = await shortLived(`centre|${locale}`, () => consultationCentre(locale));
  const callCentre = centre ? { name: centre.name.text, phone: centre.phone } : null;
  // The week's free times for the chosen channel: one small query. The scan of the whole horizon
  // (which channels have any time at all) runs only when no channel is chosen or the week is empty.
  const channel = isChannel(answers.channel) ? answers.channel : undefined;
  let week = bookingWeek(topic, one(query.from));
  const wish = { topicSlug: topic.slug, language, channel };
  let slots = channel ? await findOpenSlots(topic, wish, week.window) : [];
  if (!channel || slots.length === 0) {
    const channels = await findChannels(topic, { topicSlug: topic.slug, language });
    if (channels.size === 0) {
      return (
        <>
          <BookingProgress current="channel" />
          {header}
          <NoSlots languageName={languageName} centre={callCentre} changeHref={`/consultations/book?${answersQuery(answers, { language: undefined, channel: undefined, slot: undefined })}`} />
        </>
      );
    }
    if (!channel || !channels.has(channel)) {
      return (
        <ChoiceStep
          step="channel"
          name="channel"
          {...common}
          submitted={submitted === 'channel'}
          legend={t('channel.legend')}
          choices={(['VISIT', 'PHONE', 'VIDEO'] as const).filter((c) => channels.has(c)).map((c) => ({ value: c, label: t(`channels.${c}`), hint: t(`channelHints.${c}`) }))}
        />
      );
    }
    // Free times exist for this channel, but not in the week asked for: show the first week that has some.
    const first = (await findOpenSlots(topic, wish))[0];
    if (first) {
      week = bookingWeek(topic, cityDayKey(first.startsAt));
      slots = await findOpenSlots(topic, wish, week.window);
    }
  }

  const chosen = await findSlot(answers.slot);
  const chosenStillFree =
    chosen && (await findOpenSlots(topic, wish, { fromDay: cityDayKey(chosen.startsAt), days: 1 })).some((s) => s.startsAt.getTime() === chosen.startsAt.getTime() && s.centerId === chosen.centerId);
  if (!chosenStillFree) {
    if (slots.length === 0) {
      return (
        <>
          <BookingProgress current="time" />
          {header}
          <NoSlots languageName={languageName} centre={callCentre} changeHref={`/consultations/book?${answersQuery(answers, { channel: undefined, slot: undefined })}`} />
        </>
      );
    }
    const error = answers.slot ? t('time.taken') : submitted === 'slot' ? t('time.choose') : undefined;
    const weekHref = (from: string | undefined) => (from ? `/consultations/book?${answersQuery(answers, { slot: undefined })}&from=${from}` : undefined);
    return (
      <>
        <BookingProgress current="time" />
        {header}
        <form method="get" action={action} noValidate>
          <ErrorSummary title={tf('errorSummaryTitle')} errors={{ slot: error }} />
          <HiddenAnswers answers={answers} except={['slot']} />
          <input type="hidden" name="step" value="slot" />
          <SlotChoice slots={slots} locale={locale} error={error} earlierHref={weekHref(week.earlier)} laterHref={weekHref(week.later)} />
          <Button>{t('continue')}</Button>
        </form>
      </>
    );
  }

  const draft = answers.draft ? await readDraft(db, answers.draft) : null;
  const messages = await getMessages();
  return (
    <>
      <BookingProgress current="details" />
      {header}
      {/* Only what the form needs reaches the browser. */}
      <NextIntlClientProvider messages={{ Consultations: { details: messages.Consultations.details }, Forms: messages.Forms }}>
        <DetailsForm
          choice={{ topic: topic.slug, language, channel, slot: chosen.id, draft: draft?.id }}
          initial={(draft?.values ?? undefined) as Record<string, string> | undefined}
          languageName={languageName}
          permalink={`${action}?${answersQuery(answers)}`}
        />
      </NextIntlClientProvider>
    </>
  );
}
