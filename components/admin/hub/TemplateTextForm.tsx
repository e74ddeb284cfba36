'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { emptyFormState } from '@/lib/forms/state';
import { createTemplateAction, saveTemplateVersionAction } from '@/lib/hub/actions/templates';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextArea, TextField } from '@/components/ui/Field';
import { Button } from '@/components/ui/Button';

/**
 * A template's text in one language: a new template (with its short name, in Korean) or the next
 * version of one language. `lang`/`dir` follow the language being written.
 */
export function TemplateTextForm({ templateId, locale, lang, dir, initial }: { templateId?: string; locale: string; lang: string; dir: 'ltr' | 'rtl'; initial?: { title: string; body: string } }) {
  const t = useTranslations('CaseHub.templates');
  const tf = useTranslations('Forms');
  const [state, action, pending] = useActionState(templateId ? saveTemplateVersionAction : createTemplateAction, emptyFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate>
      <ErrorSummary title={tf('errorSummaryTitle')} errors={errors} />
      {templateId ? <input type="hidden" name="templateId" value={templateId} /> : null}
      <input type="hidden" name="locale" value={locale} />
      {templateId ? null : <TextField name="key" label={t('key')} hint={t('keyHint')} error={errors.key} defaultValue={state.values?.key} autoComplete="off" dir="ltr" />}
      <TextField name="title" label={t('fieldTitle')} error={errors.title} defaultValue={state.values?.title ?? initial?.title} lang={lang} dir={dir} />
      <TextArea name="body" rows={8} label={t('fieldBody')} error={errors.body} defaultValue={state.values?.body ?? initial?.body} lang={lang} dir={dir} />
      <Button disabled={pending}>{templateId ? t('save') : t('create')}</Button>
    </form>
  );
}
