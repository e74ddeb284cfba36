'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { emptyFormState } from '@/lib/forms/state';
import { updateTopicRulesAction } from '@/lib/consultations/staff/actions/topics';
import { topicFieldName, topicRuleLimits, type TopicRuleField } from '@/lib/consultations/staff/topics-schema';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextField } from '@/components/ui/Field';
import { Choices } from '@/components/ui/Choices';
import { Button } from '@/components/ui/Button';

export type TopicRulesValues = Record<TopicRuleField, number> & { active: boolean };

/**
 * One topic's booking rules. The hints say in plain words what the saved rules mean for a
 * resident, so a supervisor need not work out what "horizon 28" does.
 */
export function TopicRulesForm({ topicId, title, rules }: { topicId: string; title: string; rules: TopicRulesValues }) {
  const t = useTranslations('Admin.consultations.topics');
  const tf = useTranslations('Forms');
  const [state, action, pending] = useActionState(updateTopicRulesAction, emptyFormState);
  const errors = state.fieldErrors ?? {};
  const name = (field: TopicRuleField | 'active') => topicFieldName(topicId, field);
  const value = (field: TopicRuleField) => state.values?.[name(field)] ?? String(rules[field]);
  const number = (field: TopicRuleField, hint: string) => (
    <TextField
      name={name(field)}
      type="number"
      inputMode="numeric"
      min={topicRuleLimits[field].min}
      max={topicRuleLimits[field].max}
      step={1}
      label={t(`${field}Label`)}
      hint={hint}
      error={errors[name(field)]}
      defaultValue={value(field)}
    />
  );
  const active = state.values ? state.values[name('active')] === 'yes' : rules.active;
  return (
    <form action={action} noValidate aria-label={t('formLabel', { topic: title })}>
      <ErrorSummary title={tf('errorSummaryTitle')} errors={errors} />
      <input type="hidden" name="topicId" value={topicId} />
      <div className="grid gap-x-6 sm:grid-cols-2">
        {number('minNoticeDays', t('minNoticeDaysHint', { count: rules.minNoticeDays }))}
        {number('horizonDays', t('horizonDaysHint', { count: rules.horizonDays }))}
        {number('changeDeadlineDays', t('changeDeadlineDaysHint', { count: rules.changeDeadlineDays }))}
        {number('maxReschedules', t('maxReschedulesHint', { count: rules.maxReschedules }))}
      </div>
      <Choices
        type="checkbox"
        name={name('active')}
        legend={t('activeLegend')}
        error={errors[name('active')]}
        selected={active ? ['yes'] : []}
        choices={[{ value: 'yes', label: t('activeLabel'), hint: t('activeHint') }]}
      />
      <Button disabled={pending}>{t('submit', { topic: title })}</Button>
    </form>
  );
}
