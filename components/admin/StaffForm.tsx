'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { emptyFormState, type FormState } from '@/lib/forms/state';
import { roles } from '@/lib/auth/roles';
import { languageTags, locales, nativeNames } from '@/lib/i18n/locales';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextField } from '@/components/ui/Field';
import { Choices } from '@/components/ui/Choices';
import { Button } from '@/components/ui/Button';

type Initial = { id?: string; name?: string; email?: string; roles?: string[]; languages?: string[]; locale?: string };

/** Inviting a colleague and changing one use the same fields; only invitations ask for an email. Each role says what it allows. */
export function StaffForm({ action, initial, submitLabel }: { action: (s: FormState, f: FormData) => Promise<FormState>; initial?: Initial; submitLabel: string }) {
  const t = useTranslations('Admin.staff');
  const tr = useTranslations('Admin.roles');
  const td = useTranslations('Admin.roleDescriptions');
  const tf = useTranslations('Forms');
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const value = (name: keyof Initial) => state.values?.[name] ?? (initial?.[name] as string | undefined);
  const list = (name: 'roles' | 'languages') => (state.values?.[name] !== undefined ? state.values[name]!.split(',').filter(Boolean) : initial?.[name]);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary title={tf('errorSummaryTitle')} errors={state.fieldErrors ?? {}} />
      {initial?.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <TextField name="name" label={t('name')} defaultValue={value('name')} error={state.fieldErrors?.name} autoComplete="off" />
      {initial?.id ? null : <TextField name="email" type="email" label={t('email')} defaultValue={value('email')} error={state.fieldErrors?.email} spellCheck={false} autoComplete="off" />}
      <Choices
        type="checkbox"
        name="roles"
        legend={t('roles')}
        hint={t('rolesHint')}
        error={state.fieldErrors?.roles}
        selected={list('roles')}
        choices={roles.map((r) => ({ value: r, label: tr(r), hint: td(r) }))}
      />
      <Choices
        type="checkbox"
        name="languages"
        legend={t('languages')}
        hint={t('languagesHint')}
        selected={list('languages')}
        choices={locales.map((l) => ({ value: l, label: nativeNames[l], lang: languageTags[l] }))}
      />
      <Choices
        type="radio"
        name="locale"
        legend={t('interfaceLanguage')}
        error={state.fieldErrors?.locale}
        selected={value('locale') ?? 'ko'}
        choices={locales.map((l) => ({ value: l, label: nativeNames[l], lang: languageTags[l] }))}
      />
      <Button disabled={pending}>{submitLabel}</Button>
    </form>
  );
}
