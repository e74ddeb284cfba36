'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { emptyFormState } from '@/lib/forms/state';
import { changePhone, requestEmailChange, updatePreferredLanguage, type PhoneChangeState } from '@/lib/residents/actions/update-contacts';
import { languageTags, locales, nativeNames } from '@/lib/i18n/locales';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextField } from '@/components/ui/Field';
import { Choices } from '@/components/ui/Choices';
import { Button } from '@/components/ui/Button';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { formPermalink } from '@/lib/forms/permalink';

function Notice({ text }: { text?: string }) {
  return text ? (
    <div role="status">
      <NoticeBanner tone="success" title={text} headingLevel={3} />
    </div>
  ) : null;
}

export function LanguageForm({ current }: { current: string }) {
  const t = useTranslations('Account.settings');
  const tf = useTranslations('Forms');
  const locale = useLocale();
  const [state, action, pending] = useActionState(updatePreferredLanguage, emptyFormState, formPermalink(`/${locale}/account/settings`, {}, 'language-heading'));
  return (
    <form action={action} noValidate>
      <Notice text={state.notice} />
      <ErrorSummary title={tf('errorSummaryTitle')} errors={{ preferredLocale: state.fieldErrors?.preferredLocale }} />
      <input type="hidden" name="locale" value={locale} />
      <Choices
        type="radio"
        name="preferredLocale"
        legend={t('languageLegend')}
        hint={t('languageHint')}
        error={state.fieldErrors?.preferredLocale}
        selected={current}
        choices={locales.map((l) => ({ value: l, label: nativeNames[l], lang: languageTags[l] }))}
      />
      <Button disabled={pending}>{t('saveLanguage')}</Button>
    </form>
  );
}

export function EmailForm() {
  const t = useTranslations('Account.settings');
  const tf = useTranslations('Forms');
  const locale = useLocale();
  const [state, action, pending] = useActionState(requestEmailChange, emptyFormState, formPermalink(`/${locale}/account/settings`, {}, 'email-heading'));
  return (
    <form action={action} noValidate>
      <Notice text={state.notice} />
      <ErrorSummary title={tf('errorSummaryTitle')} errors={{ email: state.fieldErrors?.email }} />
      <input type="hidden" name="locale" value={locale} />
      <TextField name="email" type="email" autoComplete="email" spellCheck={false} label={t('emailLabel')} hint={t('emailHint')} defaultValue={state.values?.email} error={state.fieldErrors?.email} />
      <Button disabled={pending}>{t('changeEmail')}</Button>
    </form>
  );
}

const phoneStart: PhoneChangeState = { step: 'number' };

/** New number, then the code sent to it by text message. */
export function PhoneForm({ current }: { current: string }) {
  const t = useTranslations('Account.settings');
  const tf = useTranslations('Forms');
  const locale = useLocale();
  const [state, action, pending] = useActionState(changePhone, phoneStart, formPermalink(`/${locale}/account/settings`, {}, 'phone-heading'));
  if (state.step === 'code') {
    return (
      <form action={action} noValidate>
        <Notice text={state.notice} />
        <ErrorSummary title={tf('errorSummaryTitle')} errors={{ code: state.fieldErrors?.code }} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="step" value="code" />
        <TextField
          name="code"
          label={t('phoneCodeLabel')}
          hint={t('phoneCodeHint')}
          error={state.fieldErrors?.code}
          autoComplete="one-time-code"
          inputMode="numeric"
          className="mt-1 block w-48 border-2 border-ink p-2 text-xl tracking-widest"
        />
        <Button disabled={pending}>{t('phoneConfirm')}</Button>
      </form>
    );
  }
  return (
    <form action={action} noValidate>
      <Notice text={state.notice} />
      <ErrorSummary title={tf('errorSummaryTitle')} errors={{ phone: state.fieldErrors?.phone }} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="step" value="number" />
      <TextField name="phone" type="tel" autoComplete="tel" label={t('phoneLabel')} hint={t('phoneHint')} defaultValue={state.values?.phone ?? current} error={state.fieldErrors?.phone} dir="ltr" />
      <Button disabled={pending}>{t('savePhone')}</Button>
    </form>
  );
}
