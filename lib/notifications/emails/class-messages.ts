import { z } from 'zod';
import { defineTemplate, paramSchemas } from '../template-kit';
import { sectionLines, sectionParams } from './class-parts';

/** A seat is the resident's: the class, what to bring, where to see it. */
export const classEnrolled = defineTemplate({
  params: sectionParams,
  namespace: 'Classes',
  secrets: {},
  build({ t, at, locale, params }) {
    return {
      subject: t('email.enrolled.subject', { level: t(`levels.${params.level}.name`) }),
      heading: t('email.enrolled.heading'),
      blocks: [
        { kind: 'paragraph', text: t('email.greeting') },
        { kind: 'paragraph', text: t('email.enrolled.intro') },
        ...sectionLines(t, at, locale, params),
        { kind: 'paragraph', text: t('email.enrolled.bring') },
        { kind: 'link', label: t('email.seeSection'), url: params.sectionUrl },
      ],
    };
  },
});

/** The section was full: the resident's place in its waitlist and what happens next. */
export const classWaitlisted = defineTemplate({
  params: sectionParams.extend({ position: z.number().int().min(1) }),
  namespace: 'Classes',
  secrets: {},
  build({ t, at, locale, params }) {
    return {
      subject: t('email.waitlisted.subject', { level: t(`levels.${params.level}.name`) }),
      heading: t('email.waitlisted.heading'),
      blocks: [
        { kind: 'paragraph', text: t('email.greeting') },
        { kind: 'paragraph', text: t('email.waitlisted.intro', { position: String(params.position) }) },
        ...sectionLines(t, at, locale, params),
        { kind: 'paragraph', text: t('email.waitlisted.next') },
        { kind: 'link', label: t('email.seeSection'), url: params.sectionUrl },
      ],
    };
  },
});

/** A seat freed up: it is held for the resident until the offer expires. */
export const classOffered = defineTemplate({
  params: sectionParams.extend({ expiresAt: z.date() }),
  namespace: 'Classes',
  secrets: {},
  build({ t, at, locale, params }) {
    const until = at(params.expiresAt);
    return {
      subject: t('email.offered.subject', { level: t(`levels.${params.level}.name`) }),
      heading: t('email.offered.heading'),
      blocks: [
        { kind: 'paragraph', text: t('email.greeting') },
        { kind: 'paragraph', text: t('email.offered.intro', until) },
        ...sectionLines(t, at, locale, params),
        { kind: 'link', label: t('email.offered.answer'), url: params.sectionUrl },
        { kind: 'paragraph', text: t('email.offered.lapse') },
      ],
    };
  },
});

/** An application for a lottery section (docs/decisions/024): no seat yet; the draw follows the close. */
export const classApplied = defineTemplate({
  params: sectionParams.extend({ closesAt: paramSchemas.moment }),
  namespace: 'Classes',
  secrets: {},
  build({ t, at, locale, params }) {
    return {
      subject: t('email.applied.subject', { level: t(`levels.${params.level}.name`) }),
      heading: t('email.applied.heading'),
      blocks: [
        { kind: 'paragraph', text: t('email.greeting') },
        { kind: 'paragraph', text: t('email.applied.intro', at(params.closesAt)) },
        ...sectionLines(t, at, locale, params),
        { kind: 'paragraph', text: t('email.applied.next') },
        { kind: 'link', label: t('lottery.title'), url: `${params.sectionUrl}/lottery` },
      ],
    };
  },
});
