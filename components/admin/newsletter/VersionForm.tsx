'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { saveVersionAction } from '@/lib/newsletter/staff/actions';
import type { FormState } from '@/lib/forms/state';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextArea, TextField } from '@/components/ui/Field';
import { Button } from '@/components/ui/Button';

type Values = { title: string; summary: string; body: string; imageAlt: string; imageCaption: string };

/** One language's version of an article; the button pressed says what happens to its status. */
export function VersionForm({
  articleId,
  language,
  lang,
  initial,
  hasImage,
  mayPublish,
}: {
  articleId: string;
  language: string;
  lang: string;
  initial: Values;
  hasImage: boolean;
  mayPublish: boolean;
}) {
  const t = useTranslations('AdminNewsletter.form');
  const tf = useTranslations('Forms');
  const [state, action, pending] = useActionState(saveVersionAction, {} as FormState);
  const value = (name: keyof Values) => state.values?.[name] ?? initial[name];
  return (
    <form action={action} noValidate>
      <ErrorSummary title={tf('errorSummaryTitle')} errors={{ ...state.fieldErrors, ...(state.formError ? { form: state.formError } : {}) }} />
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="language" value={language} />
      <TextField name="title" label={t('title')} defaultValue={value('title')} error={state.fieldErrors?.title} lang={lang} />
      <TextArea name="summary" label={t('summary')} defaultValue={value('summary')} error={state.fieldErrors?.summary} rows={2} lang={lang} />
      <TextArea name="body" label={t('body')} hint={t('bodyHint')} defaultValue={value('body')} error={state.fieldErrors?.body} rows={14} lang={lang} />
      <TextField name="imageAlt" label={t('imageAlt')} hint={hasImage ? t('imageAltHint') : undefined} defaultValue={value('imageAlt')} error={state.fieldErrors?.imageAlt} lang={lang} />
      <TextField name="imageCaption" label={t('imageCaption')} defaultValue={value('imageCaption')} error={state.fieldErrors?.imageCaption} lang={lang} />
      <div className="flex flex-wrap gap-3">
        <Button name="intent" value="save" disabled={pending}>
          {t('save')}
        </Button>
        <Button name="intent" value="review" variant="secondary" disabled={pending}>
          {t('review')}
        </Button>
        {mayPublish ? (
          <>
            <Button name="intent" value="publish" disabled={pending}>
              {t('publish')}
            </Button>
            <Button name="intent" value="unpublish" variant="warning" disabled={pending}>
              {t('unpublish')}
            </Button>
          </>
        ) : null}
      </div>
    </form>
  );
}
