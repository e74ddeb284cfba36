import { z } from 'zod';
import { calendarFile } from '@/lib/calendar/ics';
import { ConsultationChannel } from '@/lib/db/generated/sqlite/enums';
import type { Attachment, Block } from '../email-layout';
import { defineTemplate, paramSchemas, type Translate } from '../template-kit';

/** What every consultation message says about the appointment. */
export const appointmentParams = z.object({
  bookingId: z.string().min(1).max(40),
  reference: z.string().trim().regex(/^[A-Za-z0-9-]{1,40}$/),
  topic: z.string().trim().min(1).max(200),
  startsAt: paramSchemas.moment,
  endsAt: paramSchemas.moment,
  channel: z.enum(ConsultationChannel),
  centreName: z.string().trim().min(1).max(200),
  centreAddress: z.string().trim().min(1).max(300),
  centrePhone: z.string().trim().min(1).max(40),
  manageUrl: paramSchemas.url,
  /** The calendar file's SEQUENCE (ConsultationBooking.calendarSequence). */
  sequence: z.number().int().min(0),
});

export type AppointmentParams = z.output<typeof appointmentParams>;

/** The manage link changes or cancels the booking: a secret in every consultation message. */
export const appointmentSecrets = { manageUrl: 'link' } as const;
type Moment = (date: Date) => { date: string; time: string; zone: string };

/** The appointment as lines: when (with the zone named), what, how, where, reference. */
export function appointmentLines(common: Translate, at: Moment, p: AppointmentParams): Block[] {
  const when = at(p.startsAt);
  return [
    { kind: 'paragraph', text: common('appointment.when', when) },
    { kind: 'paragraph', text: common('appointment.topic', { topic: p.topic }) },
    { kind: 'paragraph', text: common('appointment.how', { channel: common(`channels.${p.channel}`) }) },
    {
      kind: 'paragraph',
      text:
        p.channel === 'VISIT'
          ? common('appointment.where', { centre: p.centreName, address: p.centreAddress })
          : common('appointment.phone', { centre: p.centreName, phone: p.centrePhone }),
    },
    { kind: 'paragraph', text: common('appointment.reference', { reference: p.reference }) },
  ];
}

/** The .ics file, worded in the resident's language. */
export function appointmentCalendar(common: Translate, at: Moment, p: AppointmentParams, method: 'PUBLISH' | 'CANCEL'): Attachment {
  const description = [
    common('appointment.reference', { reference: p.reference }),
    common('appointment.how', { channel: common(`channels.${p.channel}`) }),
    common('appointment.phone', { centre: p.centreName, phone: p.centrePhone }),
    p.manageUrl,
  ].join('\n');
  return {
    filename: 'consultation.ics',
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: calendarFile({
      uid: `${p.bookingId}@consultations`,
      sequence: p.sequence,
      method,
      startsAt: p.startsAt,
      endsAt: p.endsAt,
      title: common('appointment.calendarTitle', { topic: p.topic }),
      description,
      location: p.channel === 'VISIT' ? `${p.centreName}, ${p.centreAddress}` : undefined,
      url: p.manageUrl,
    }),
  };
}

/**
 * A confirmation of a (new) time: the appointment, the manage link, the change deadline and the
 * calendar file. The booked and rescheduled messages differ only in their words.
 */
export const appointmentConfirmation = ({ nextSteps }: { nextSteps: boolean }) =>
  defineTemplate({
    params: appointmentParams.extend({ lastChangeDay: z.date() }),
    secrets: appointmentSecrets,
    build({ t, common, at, params }) {
      const when = at(params.startsAt);
      return {
        subject: t('subject', { date: when.date, time: when.time }),
        heading: t('heading'),
        blocks: [
          { kind: 'paragraph', text: t('greeting') },
          ...appointmentLines(common, at, params),
          ...(nextSteps ? [{ kind: 'paragraph' as const, text: common(`appointment.next.${params.channel}`) }] : []),
          { kind: 'link', label: common('appointment.manage'), url: params.manageUrl },
          { kind: 'paragraph', text: common('appointment.changeUntil', { date: at(params.lastChangeDay).date }) },
          { kind: 'paragraph', text: common('appointment.calendarHint') },
        ],
        attachments: [appointmentCalendar(common, at, params, 'PUBLISH')],
      };
    },
  });
