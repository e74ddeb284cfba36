import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { listTopics } from '@/lib/consultations/queries';
import { ChoiceStep } from './ChoiceStep';
import type { Answers } from './BookingSteps';

/** The booking flow's first question, the topic: the same on the static page and the dynamic one. */
export async function TopicStep({ locale, header, answers, submitted }: { locale: Locale; header: ReactNode; answers: Answers; submitted: boolean }) {
  const [t, topics] = await Promise.all([getTranslations('Consultations'), listTopics(locale)]);
  return (
    <ChoiceStep
      step="topic"
      name="topic"
      header={header}
      action={`/${locale}/consultations/book`}
      answers={answers}
      submitted={submitted}
      legend={t('topic.legend')}
      hint={t('topic.hint')}
      choices={topics.map((row) => ({ value: row.slug, label: <span className="font-semibold">{row.title.text}</span>, hint: row.summary.text }))}
    />
  );
}
