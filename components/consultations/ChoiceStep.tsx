import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Choices, type Choice } from '@/components/ui/Choices';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Button } from '@/components/ui/Button';
import { BookingProgress, HiddenAnswers, type Answers, type BookingStep } from './BookingSteps';

/**
 * One question of the booking flow as a page: progress, heading, radios and Continue, in a GET
 * form that carries the earlier answers. Submitted without a choice, the same page comes back
 * with the error at the question and in the summary.
 */
export async function ChoiceStep({
  step,
  name,
  header,
  action,
  answers,
  submitted,
  legend,
  hint,
  choices,
  selected,
}: {
  step: BookingStep;
  name: 'topic' | 'language' | 'channel';
  header: ReactNode;
  action: string;
  answers: Answers;
  submitted: boolean;
  legend: string;
  hint?: string;
  choices: Choice[];
  selected?: string;
}) {
  const [t, tf] = await Promise.all([getTranslations('Consultations'), getTranslations('Forms')]);
  const error = submitted ? tf('errors.choose') : undefined;
  return (
    <>
      <BookingProgress current={step} />
      {header}
      <form method="get" action={action} noValidate>
        <ErrorSummary title={tf('errorSummaryTitle')} errors={{ [name]: error }} />
        <HiddenAnswers answers={answers} except={[name]} />
        <input type="hidden" name="step" value={name} />
        <Choices type="radio" name={name} legend={<span className="text-xl">{legend}</span>} hint={hint} error={error} choices={choices} selected={selected} />
        <Button>{t('continue')}</Button>
      </form>
    </>
  );
}
