import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { programmeCodes, crisisReasons, visaChoices } from '@/lib/support/programmes';
import { fieldOf, precheckSteps, previousStep, type PrecheckStep, type PrecheckValues, type StepError } from '@/lib/support/precheck/steps';
import { answerPrecheck } from '@/lib/support/precheck/actions';
import { Choices } from '@/components/ui/Choices';
import { TextField } from '@/components/ui/Field';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Button } from '@/components/ui/Button';
import { Honeypot } from '@/components/forms/Honeypot';
import { Link } from '@/lib/i18n/navigation';
import { PostForm } from '@/components/forms/PostForm';
import { formPermalink } from '@/lib/forms/permalink';

type Props = { locale: Locale; step: PrecheckStep; draftId: string | null; values: PrecheckValues; error: StepError | 'spam' | 'throttled' | null; suggested?: string };

const numberInput = { inputMode: 'numeric' as const, autoComplete: 'off', spellCheck: false, className: 'mt-1 block w-56 border-2 border-ink bg-paper p-2 text-base' };

/** One question of the pre-check as its own page, posted to the server, kept in a draft. */
export async function CheckQuestion({ locale, step, draftId, values, error, suggested }: Props) {
  const [t, tf] = await Promise.all([getTranslations('Support'), getTranslations('Forms')]);
  const errorText = error ? t(`check.errors.${error}`) : undefined;
  const field = fieldOf[step];
  const typed = values.rejected?.step === step ? values.rejected.raw : undefined;
  const kept = (value: number | undefined) => typed ?? (value === undefined ? undefined : String(value));
  const previous = previousStep(step);
  const heading = (text: string) => <span className="text-2xl font-bold">{text}</span>;
  const question = () => {
    switch (step) {
      case 'programme':
        return (
          <Choices
            type="radio"
            name="programme"
            legend={heading(t('check.programme.legend'))}
            error={errorText}
            selected={values.programme ?? suggested}
            choices={programmeCodes.map((code) => ({ value: code, label: <span className="font-semibold">{t(`programmes.${code}.name`)}</span>, hint: t(`programmes.${code}.summary`) }))}
          />
        );
      case 'visa':
        return (
          <Choices
            type="radio"
            name="visa"
            legend={heading(t('check.visa.legend'))}
            hint={t('check.visa.hint')}
            error={errorText}
            selected={values.visa}
            choices={visaChoices.map((code) => ({ value: code, label: code === 'other' ? t('check.visa.other') : <span dir="ltr">{code}</span> }))}
          />
        );
      case 'residence':
        return (
          <>
            <Choices
              type="radio"
              name="residesInCity"
              legend={heading(t('check.residence.legend'))}
              hint={t('check.residence.hint')}
              error={error === 'choose' ? errorText : undefined}
              selected={values.residesInCity === undefined ? undefined : values.residesInCity ? 'yes' : 'no'}
              choices={[
                { value: 'yes', label: t('check.yes') },
                { value: 'no', label: t('check.no') },
              ]}
            />
            <TextField
              name="residenceMonths"
              label={t('check.residence.monthsLabel')}
              hint={t('check.residence.monthsHint')}
              error={error === 'months' ? errorText : undefined}
              defaultValue={kept(values.residenceMonths)}
              {...numberInput}
            />
          </>
        );
      case 'crisis':
        return (
          <Choices
            type="radio"
            name="crisis"
            legend={heading(t('check.crisis.legend'))}
            hint={t('check.crisis.hint')}
            error={errorText}
            selected={values.crisis}
            choices={[...crisisReasons.map((reason) => ({ value: reason, label: t(`crisis.${reason}`) })), { value: 'other', label: t('check.crisis.other') }]}
          />
        );
      case 'household':
        return (
          <TextField name="householdSize" label={heading(t('check.household.label'))} hint={t('check.household.hint')} error={errorText} defaultValue={kept(values.householdSize)} {...numberInput} />
        );
      case 'income':
        return <TextField name="monthlyIncome" label={heading(t('check.income.label'))} hint={t('check.income.hint')} error={errorText} defaultValue={kept(values.monthlyIncome)} {...numberInput} />;
      case 'assets':
        return <TextField name="assets" label={heading(t('check.assets.label'))} hint={t('check.assets.hint')} error={errorText} defaultValue={kept(values.assets)} {...numberInput} />;
    }
  };
  const summaryField = step === 'residence' && error === 'choose' ? 'residesInCity' : field;
  return (
    <div className="max-w-2xl">
      {previous ? (
        <p className="mb-4">
          <Link href={`/support/check${previous === 'programme' ? '' : `/${previous}`}${draftId ? `?d=${draftId}` : ''}`}>{t('check.back')}</Link>
        </p>
      ) : null}
      <p className="text-muted">{t('check.progress', { current: precheckSteps.indexOf(step) + 1, total: precheckSteps.length })}</p>
      <PostForm action={answerPrecheck} permalink={formPermalink(`/${locale}/support/check${step === 'programme' ? '' : `/${step}`}`, { d: draftId })} noValidate>
        <ErrorSummary title={tf('errorSummaryTitle')} errors={{ [error === 'spam' || error === 'throttled' ? 'form' : summaryField]: errorText }} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="step" value={step} />
        {draftId ? <input type="hidden" name="d" value={draftId} /> : null}
        <Honeypot label={tf('honeypot')} />
        {question()}
        <Button>{tf('continue')}</Button>
      </PostForm>
    </div>
  );
}
