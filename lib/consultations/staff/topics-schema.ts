import { z } from 'zod';

/**
 * The limits of a topic's booking rules, shared by the schema, the form's number inputs and the
 * error message ("Enter a whole number from {min} to {max}"), so the three cannot disagree.
 * A horizon of half a year keeps the slot table small: materialiseSlots makes rows that far ahead.
 */
export const topicRuleLimits = {
  minNoticeDays: { min: 0, max: 30 },
  horizonDays: { min: 1, max: 180 },
  changeDeadlineDays: { min: 0, max: 14 },
  maxReschedules: { min: 0, max: 10 },
} as const;
export type TopicRuleField = keyof typeof topicRuleLimits;
export const topicRuleFields = Object.keys(topicRuleLimits) as TopicRuleField[];

/**
 * A whole number in range. An empty field is "required", not 0: z.coerce.number('') would be 0 and
 * would quietly turn a cleared "minimum notice" into same-day booking.
 */
const whole = ({ min, max }: { min: number; max: number }) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? (value.trim() === '' ? undefined : Number(value.trim())) : value),
    z
      .number({ error: (issue) => (issue.input === undefined ? 'required' : 'numberRange') })
      .int('numberRange')
      .min(min, 'numberRange')
      .max(max, 'numberRange'),
  );

/** Messages are keys of `Forms.errors`. */
export const topicRulesSchema = z
  .object({
    minNoticeDays: whole(topicRuleLimits.minNoticeDays),
    horizonDays: whole(topicRuleLimits.horizonDays),
    changeDeadlineDays: whole(topicRuleLimits.changeDeadlineDays),
    maxReschedules: whole(topicRuleLimits.maxReschedules),
    active: z.boolean({ error: 'invalid' }),
  })
  .superRefine((rules, context) => {
    // Otherwise the first bookable day would come after the last: nothing could be booked at all.
    if (rules.horizonDays < rules.minNoticeDays) context.addIssue({ code: 'custom', path: ['horizonDays'], message: 'horizonBeforeNotice' });
  });
export type TopicRulesInput = z.input<typeof topicRulesSchema>;
export type TopicRules = z.output<typeof topicRulesSchema>;

/**
 * The topics page has one form per topic, and a field's name is its id (the error summary links
 * to it): the topic's id in the name keeps the ids on the page unique.
 */
export const topicFieldName = (topicId: string, field: TopicRuleField | 'active') => `${field}-${topicId}`;
