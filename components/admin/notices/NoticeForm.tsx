'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { saveNoticeAction } from '@/lib/notices/staff/actions';
import type { FormState } from '@/lib/forms/state';
import { languageTags, locales, nativeNames } from '@/lib/i18n/locales';
import { severities } from '@/lib/notices/severity';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextArea, TextField } from '@/components/ui/Field';
import { Choices } from '@/components/ui/Choices';
import { Button } from '@/components/ui/Button';

/** A notice: severity, when it shows (city time), and its text per language, Korean and English required. */
export function NoticeForm({ noticeId, initial }: { noticeId?: string; initial: Record<string, string> }) {
  const t = useTranslations('AdminNotices.form');
  const tf = useTranslations('Forms');
  const [state, action, pending] = useActionState(saveNoticeAction, {} as FormState);
  const value = (name: string) => state.values?.[name] ?? initial[name] ?? '';
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate>
      <ErrorSummary title={tf('errorSummaryTitle')} errors={{ ...errors, ...(state.formError ? { form: state.formError } : {}) }} />
      {noticeId ? <input type="hidden" name="noticeId" value={noticeId} /> : null}
      <Choices
        name="severity"
        type="radio"
        legend={t('severity')}
        error={errors.severity}
        selected={[value('severity')]}
        choices={severities.map((s) => ({ value: s, label: t(`severities.${s}`), hint: t(`severityHints.${s}`) }))}
      />
      <TextField name="startsAt" type="datetime-local" label={t('startsAt')} hint={t('timeHint')} defaultValue={value('startsAt')} error={errors.startsAt} />
      <TextField name="endsAt" type="datetime-local" label={t('endsAt')} hint={t('endsAtHint')} defaultValue={value('endsAt')} error={errors.endsAt} />
      {locales.map((l) => (
        <fieldset key={l} className="mb-6 border-2 border-wash p-4">
          <legend lang={languageTags[l]} className="px-1 text-lg font-bold">
            {nativeNames[l]}
            {l === 'ko' || l === 'en' ? <span className="ms-1 font-normal">{t('required')}</span> : null}
          </legend>
          <TextField name={`title_${l}`} label={t('title')} lang={languageTags[l]} defaultValue={value(`title_${l}`)} error={errors[`title_${l}`]} />
          <TextArea name={`body_${l}`} label={t('body')} lang={languageTags[l]} rows={3} defaultValue={value(`body_${l}`)} error={errors[`body_${l}`]} />
        </fieldset>
      ))}
      <Button disabled={pending}>{t('save')}</Button>
    </form>
  );
}
