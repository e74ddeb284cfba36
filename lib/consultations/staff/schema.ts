import { z } from 'zod';
import { emailField, phoneField, requiredLine, requiredText } from '@/lib/forms/fields';
import { isLocale } from '@/lib/i18n/locales';
import { isDayKey } from '@/lib/time/seoul';
import { channels } from '../schema';
import { slotTimes } from '../slots';

/**
 * What staff type on the consultation screens. Messages are keys: `Forms.errors.*` for the
 * common ones, `Admin.consultations.errors.*` for these screens' own (see translateStaffIssues).
 */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const id = z.string({ error: 'choose' }).trim().min(1, 'choose').max(64, 'choose');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time');
const dayKey = z.string().refine(isDayKey, 'date');
const whole = (min: number, max: number, message: string) => z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);

export const scheduleBlockSchema = z
  .object({
    counsellorId: id,
    centerId: id,
    weekday: whole(0, 6, 'choose'),
    startTime: clock,
    endTime: clock,
    slotMinutes: whole(15, 240, 'slotMinutes'),
    capacity: whole(1, 50, 'capacity'),
    channels: z.array(z.enum(channels, { error: 'choose' })).min(1, 'channels'),
    topics: z.array(z.string().max(64)).default([]),
    interpreterLanguages: z
      .array(z.string())
      .default([])
      .transform((values) => [...new Set(values.filter(isLocale))]),
  })
  .superRefine((block, context) => {
    if (block.startTime >= block.endTime) context.addIssue({ code: 'custom', path: ['endTime'], message: 'endAfterStart' });
    else if (slotTimes(block).length === 0) context.addIssue({ code: 'custom', path: ['endTime'], message: 'blockTooShort' });
  });
export type ScheduleBlockInput = z.input<typeof scheduleBlockSchema>;

export const closureSchema = z
  .object({
    startsOn: dayKey,
    endsOn: dayKey,
    centerId: optional(id),
    counsellorId: optional(id),
    reason: requiredLine(200),
  })
  .superRefine((closure, context) => {
    if (closure.endsOn < closure.startsOn) context.addIssue({ code: 'custom', path: ['endsOn'], message: 'dayOrder' });
  });
export type ClosureInput = z.input<typeof closureSchema>;

export const capacitySchema = z.object({ slotId: id, capacity: whole(1, 50, 'capacity') });

export const outcomeSchema = z
  .object({
    note: requiredText(4000),
    followUp: z.boolean(),
    followUpOn: optional(dayKey),
  })
  .superRefine((outcome, context) => {
    if (outcome.followUpOn && !outcome.followUp) context.addIssue({ code: 'custom', path: ['followUp'], message: 'followUpDateWithout' });
  });
export type OutcomeInput = z.input<typeof outcomeSchema>;

export const walkInSchema = z.object({
  counsellorId: id,
  topicId: id,
  channel: z.literal('VISIT').default('VISIT'),
  language: z.string().refine(isLocale, 'choose'),
  name: requiredLine(100),
  phone: optional(phoneField),
  email: optional(emailField),
  problem: requiredText(2000),
  interpreterNeeded: z.boolean(),
});
export type WalkInInput = z.input<typeof walkInSchema>;

export const cancelSchema = z.object({ bookingId: id, reason: requiredText(500) });
