'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Honeypot } from '@/components/forms/Honeypot';
import { subscribeToNewsletter, type SubscribeState } from '@/lib/newsletter/actions/subscribe';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextField } from '@/components/ui/Field';
import { Button } from '@/components/ui/Button';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { formPermalink } from '@/lib/forms/permalink';

/** Email and language; posts without JavaScript. Languages are named in their own script. */
export function SubscribeForm({ languages, defaultLanguage }: { languages: { code: string; name: string; tag: string }[]; defaultLanguage: string }) {
  const t = useTranslations('Newsletter.subscribe');
  const tf = useTranslations('Forms');
  const locale = useLocale();
  const [state, action, pending] = useActionState(subscribeToNewsletter, {} as SubscribeState, formPermalink(`/${locale}/newsletter/subscribe`));
  if (state.sentTo) return <NoticeBanner tone="success" title={t('sent', { email: state.sentTo })} />;
  const chosen = state.values?.language ?? defaultLanguage;
  return (
    <form action={action} noValidate>
      <ErrorSummary title={tf('errorSummaryTitle')} errors={{ ...state.fieldErrors, ...(state.formError ? { form: state.formError } : {}) }} />
      <input type="hidden" name="locale" value={locale} />
      <Honeypot label={tf('honeypot')} />
      <TextField name="email" type="email" label={t('email')} hint={t('emailHint')} defaultValue={state.values?.email} error={state.fieldErrors?.email} autoComplete="email" spellCheck={false} />
      <fieldset className={`mb-6 ${state.fieldErrors?.language ? 'border-s-4 border-error ps-4' : ''}`} aria-describedby={state.fieldErrors?.language ? 'field-language-error' : undefined}>
        <legend className="font-semibold">{t('language')}</legend>
        {state.fieldErrors?.language ? (
          <p id="field-language-error" className="font-semibold text-error">
            {state.fieldErrors.language}
          </p>
        ) : null}
        {languages.map((language, index) => (
          <div key={language.code} className="mt-2 flex items-center gap-2">
            <input
              id={index === 0 ? 'field-language' : `field-language-${language.code}`}
              type="radio"
              name="language"
              value={language.code}
              defaultChecked={language.code === chosen}
              className="h-6 w-6"
            />
            <label htmlFor={index === 0 ? 'field-language' : `field-language-${language.code}`} lang={language.tag}>
              {language.name}
            </label>
          </div>
        ))}
      </fieldset>
      <Button disabled={pending}>{t('submit')}</Button>
    </form>
  );
}
