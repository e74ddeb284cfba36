import 'server-only';
import { db } from '@/lib/db';
import { assertCan, type StaffContext } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/locales';
import { resolveText } from '@/lib/i18n/localized-text';
import { materialiseSlots } from '../slots';
import { auditStaff } from './audit';
import { topicRuleFields, topicRulesSchema, type TopicRulesInput } from './topics-schema';
import { invalid, refused, type StaffResult } from './result';

const ruleColumns = { minNoticeDays: true, horizonDays: true, changeDeadlineDays: true, maxReschedules: true, active: true } as const;

/** Every topic, inactive ones too (so they can be switched on again), with its booking rules. */
export async function listTopicRules(actor: StaffContext, locale: Locale = actor.locale) {
  assertCan(actor, 'consultations:schedule');
  const topics = await db.consultationTopic.findMany({
    orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }],
    select: { id: true, slug: true, title: true, ...ruleColumns, updatedAt: true },
  });
  return topics.map((topic) => ({ ...topic, title: resolveText(topic.title, locale) }));
}

/**
 * Changes a topic's booking rules. They apply to the next look at the free times and to bookings
 * already made (changing and cancelling read the topic's current rules). A longer horizon needs
 * slots that far ahead, so they are made at once rather than at the next nightly run.
 */
export async function updateTopicRules(actor: StaffContext, topicId: string, input: TopicRulesInput): Promise<StaffResult<{ changed: string[] }>> {
  assertCan(actor, 'consultations:schedule');
  const parsed = topicRulesSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const rules = parsed.data;
  const before = await db.consultationTopic.findUnique({ where: { id: topicId }, select: ruleColumns });
  if (!before) return refused('notFound');

  const fields = [...topicRuleFields, 'active'] as const;
  const changed = fields.filter((field) => before[field] !== rules[field]);
  if (changed.length === 0) return { ok: true, changed };
  await db.consultationTopic.update({ where: { id: topicId }, data: rules, select: { id: true } });
  if (changed.includes('horizonDays') || changed.includes('active')) await materialiseSlots(db);
  // Rule values are not personal data: the row says exactly what changed, from what to what.
  await auditStaff(actor, 'change', 'ConsultationTopic', topicId, {
    detail: { changed, from: Object.fromEntries(changed.map((f) => [f, before[f]])), to: Object.fromEntries(changed.map((f) => [f, rules[f]])) },
  });
  return { ok: true, changed };
}
