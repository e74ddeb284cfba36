import { getTranslations } from 'next-intl/server';
import { StepIndicator } from '@/components/ui/StepIndicator';

export const bookingSteps = ['topic', 'language', 'channel', 'time', 'details', 'check'] as const;
export type BookingStep = (typeof bookingSteps)[number];

/** "Step 3 of 6" with the step names, above every page of the booking flow. */
export async function BookingProgress({ current }: { current: BookingStep }) {
  const t = await getTranslations('Consultations.steps');
  return <StepIndicator label={t('label')} steps={bookingSteps.map((step) => t(step))} current={bookingSteps.indexOf(current)} />;
}

/** The answers given so far, carried as query parameters from step to step (they are not personal). */
export type Answers = { topic?: string; language?: string; channel?: string; slot?: string; draft?: string };

export function answersQuery(answers: Answers, overrides: Partial<Record<keyof Answers, string | undefined>> = {}) {
  const merged = { ...answers, ...overrides };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) if (value) query.set(key, value);
  return query.toString();
}

/** The earlier answers as hidden inputs of a GET form, so the next step receives them all. */
export function HiddenAnswers({ answers, except }: { answers: Answers; except?: (keyof Answers)[] }) {
  return (
    <>
      {(Object.entries(answers) as [keyof Answers, string | undefined][])
        .filter(([key, value]) => value && !except?.includes(key))
        .map(([key, value]) => (
          <input key={key} type="hidden" name={key} value={value} />
        ))}
    </>
  );
}
