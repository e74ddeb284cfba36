'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { runStaffAction } from '@/lib/actions/staff-action';
import { keptValues, translateIssues, type FormState } from '@/lib/forms/state';
import { formErrorKey } from '@/lib/forms/issue-keys';
import { updateTopicRules } from '../topics';
import { topicFieldName, topicRuleFields, topicRuleLimits, type TopicRuleField } from '../topics-schema';
import { failedState, withNotice } from './support';

const TOPICS = '/admin/consultations/topics';
const isRuleField = (field: string): field is TopicRuleField => field in topicRuleLimits;

/** One topic's booking rules, from its own form on the topics page. */
export async function updateTopicRulesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const topicId = String(formData.get('topicId') ?? '').slice(0, 64);
  const name = (field: TopicRuleField | 'active') => topicFieldName(topicId, field);
  const values = keptValues(formData, [...topicRuleFields.map(name), name('active')]);
  const result = await runStaffAction({ permission: 'consultations:schedule', entity: 'ConsultationTopic' }, topicId, (staff, id) =>
    updateTopicRules(staff, id, {
      minNoticeDays: values[name('minNoticeDays')],
      horizonDays: values[name('horizonDays')],
      changeDeadlineDays: values[name('changeDeadlineDays')],
      maxReschedules: values[name('maxReschedules')],
      active: values[name('active')] === 'yes',
    }),
  );
  if (result.ok) redirect(withNotice(TOPICS, { done: 'topicRules', topic: topicId }));
  if ('refused' in result) return failedState(result, values, {}, name('minNoticeDays'));
  // The range message names the field's own limits ("from 0 to 30"); a zod issue carries only one of them.
  const t = await getTranslations('Forms.errors');
  const keys = translateIssues(result.invalid, (key) => key);
  const fieldErrors = Object.fromEntries(
    Object.entries(keys).map(([field, key]) => [isRuleField(field) || field === 'active' ? name(field) : field, t(formErrorKey(key), isRuleField(field) ? topicRuleLimits[field] : {})]),
  );
  return { values, fieldErrors };
}
