'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { saveBookingDetails } from '@/lib/consultations/actions/book';
import type { FormState } from '@/lib/forms/state';
import { namedErrors } from '@/lib/forms/error-summary';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextArea, TextField } from '@/components/ui/Field';
import { Choices } from '@/components/ui/Choices';
import { Button } from '@/components/ui/Button';
import { Honeypot } from '@/components/forms/Honeypot';

type Choice = { topic: string; language: string; channel: string; slot: string; draft?: string };

/**
 * "Your details": name, contacts, the problem in a few lines, interpreter, consent. Posts to a
 * server action that keeps the answers in a draft and goes on to "check your answers". For a
 * phone consultation the phone is required (the counsellor calls it), and the page says so.
 */
export function DetailsForm({ choice, initial, languageName, permalink }: { choice: Choice; initial?: Record<string, string>; languageName: string; permalink: string }) {
  const t = useTranslations('Consultations.details');
  const tf = useTranslations('Forms');
  const locale = useLocale();
  const [state, action, pending] = useActionState(saveBookingDetails, { values: initial } as FormState, permalink);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const call = choice.channel === 'PHONE';
  const required = tf('required');
  const labels = {
    name: t('name'),
    email: t('email'),
    phone: t('phone'),
    problem: t('problem'),
    interpreter: t('interpreter', { language: languageName }),
    consent: t('consentLegend'),
  };
  const summary = namedErrors(errors, labels, (values) => tf('errorSummaryItem', values));
  return (
    <form action={action} noValidate>
      <ErrorSummary title={tf('errorSummaryTitle')} errors={{ ...summary, ...(state.formError ? { form: state.formError } : {}) }} />
      <input type="hidden" name="locale" value={locale} />
      <Honeypot label={tf('honeypot')} />
      {Object.entries(choice).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <h2 className="mb-4 text-2xl font-bold">{t('title')}</h2>
      <TextField name="name" label={labels.name} requiredMark={required} hint={t('nameHint')} autoComplete="name" defaultValue={values.name} error={errors.name} />
      <p className="mb-2 max-w-xl">{call ? t('contactIntroCall') : t('contactIntro')}</p>
      <TextField name="email" type="email" label={labels.email} hint={t('emailHint')} autoComplete="email" spellCheck={false} defaultValue={values.email} error={errors.email} />
      <TextField
        name="phone"
        type="tel"
        label={labels.phone}
        requiredMark={call ? required : undefined}
        hint={call ? t('phoneHintCall') : t('phoneHint')}
        autoComplete="tel"
        defaultValue={values.phone}
        error={errors.phone}
      />
      <TextArea name="problem" label={labels.problem} requiredMark={required} hint={t('problemHint')} defaultValue={values.problem} error={errors.problem} maxLength={2000} />
      <Choices
        type="radio"
        name="interpreter"
        requiredMark={required}
        legend={labels.interpreter}
        hint={t('interpreterHint')}
        error={errors.interpreter}
        selected={values.interpreter}
        choices={[
          { value: 'no', label: t('interpreterNo') },
          { value: 'yes', label: t('interpreterYes') },
        ]}
      />
      <Choices
        type="checkbox"
        name="consent"
        requiredMark={required}
        legend={labels.consent}
        hint={t('consentText')}
        error={errors.consent}
        selected={values.consent}
        choices={[{ value: 'yes', label: t('consent') }]}
      />
      <Button disabled={pending}>{t('submit')}</Button>
    </form>
  );
}
