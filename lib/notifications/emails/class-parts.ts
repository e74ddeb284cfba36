import { z } from 'zod';
import { ClassLevel } from '@/lib/db/generated/sqlite/enums';
import { scheduleValues } from '@/lib/time/week-days';
import type { Locale } from '@/lib/i18n/locales';
import type { Block } from '../email-layout';
import { paramSchemas, type Translate } from '../template-kit';

/**
 * What every Korean-class message says about the section (words under `Classes.email`, so the
 * emails use the catalogue's own names for levels and terms). No param is a secret: the section
 * page is public and acting on an enrolment needs the resident's sign-in.
 */
export const sectionParams = z.object({
  reference: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{1,40}$/),
  level: z.enum(ClassLevel),
  termYear: z.number().int().min(2000).max(9999),
  termNumber: z.number().int().min(1).max(3),
  days: z.array(z.number().int().min(0).max(6)).min(1).max(7),
  startTime: z.string().regex(/^\d{2}:\d{2}$/),
  endTime: z.string().regex(/^\d{2}:\d{2}$/),
  centreName: z.string().trim().min(1).max(200),
  centreAddress: z.string().trim().min(1).max(300),
  startsOn: paramSchemas.moment,
  sectionUrl: paramSchemas.url,
});

export type SectionParams = z.output<typeof sectionParams>;
type Moment = (date: Date) => { date: string; time: string; zone: string };

export function sectionLines(t: Translate, at: Moment, locale: Locale, p: SectionParams): Block[] {
  return [
    { kind: 'paragraph', text: t('email.class', { level: t(`levels.${p.level}.name`), term: t('term', { year: String(p.termYear), number: String(p.termNumber) }) }) },
    { kind: 'paragraph', text: t('email.schedule', scheduleValues(p, locale)) },
    { kind: 'paragraph', text: t('email.place', { centre: p.centreName, address: p.centreAddress }) },
    { kind: 'paragraph', text: t('email.starts', { date: at(p.startsOn).date }) },
    { kind: 'paragraph', text: t('email.reference', { reference: p.reference }) },
  ];
}
