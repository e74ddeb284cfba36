import { z } from 'zod';
import { calendarFile } from '@/lib/calendar/ics';
import { ConsultationChannel } from '@/lib/db/generated/sqlite/enums';
import { mapSearchUrl } from '@/lib/centers/korean-address';
import type { Attachment, Block } from '../email-layout';
import { defineTemplate, paramSchemas, type Translate } from '../template-kit';

/** What every consultation message says about the appointment. */
export const appointmentParams = z.object({
  bookingId: z.string().min(1).max(40),
  reference: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{1,40}$/),
  topic: z.string().trim().min(1).max(200),
  startsAt: paramSchemas.moment,
  endsAt: paramSchemas.moment,
  channel: z.enum(ConsultationChannel),
  centreName: z.string().trim().min(1).max(200),
  centreAddress: z.string().trim().min(1).max(300),
  /** The address as Korean writes it (for a taxi driver, a map app); absent for a centre without one. */
  centreAddressKo: z.string().trim().min(1).max(300).optional(),
  centrePhone: z.string().trim().min(1).max(40),
  manageUrl: paramSchemas.url,
  /** The calendar file's SEQUENCE (ConsultationBooking.calendarSequence). */
  sequence: z.number().int().min(0),
});

export type AppointmentParams = z.output<typeof appointmentParams>;

/** The manage link changes or cancels the booking: a secret in every consultation message. */
export const appointmentSecrets = { manageUrl: 'link' } as const;
type Moment = (date: Date) => { date: string; time: string; zone: string };

/** The address in Korean, when the resident reads another one, and the map link (a visit only). */
const koreanIfOther = (p: AppointmentParams) => (p.centreAddressKo && p.centreAddressKo !== p.centreAddress ? p.centreAddressKo : undefined);

function koreanAddressLines(common: Translate, p: AppointmentParams): Block[] {
  if (p.channel !== 'VISIT' || !p.centreAddressKo) return [];
  const korean = koreanIfOther(p);
  return [
    ...(korean ? [{ kind: 'paragraph' as const, text: common('appointment.whereKorean', { address: korean }) }] : []),
    { kind: 'link', label: common('appointment.openMap'), url: mapSearchUrl(p.centreAddressKo) },
  ];
}

/** The appointment as lines: when (with the zone named), what, how, where (also in Korean), reference. */
export function appointmentLines(common: Translate, at: Moment, p: AppointmentParams): Block[] {
  const when = at(p.startsAt);
  return [
    { kind: 'paragraph', text: common('appointment.when', when) },
    { kind: 'paragraph', text: common('appointment.topic', { topic: p.topic }) },
    { kind: 'paragraph', text: common('appointment.how', { channel: common(`channels.${p.channel}`) }) },
    {
      kind: 'paragraph',
      text: p.channel === 'VISIT' ? common('appointment.where', { centre: p.centreName, address: p.centreAddress }) : common('appointment.phone', { centre: p.centreName, phone: p.centrePhone }),
    },
    ...koreanAddressLines(common, p),
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
      // The Korean address too: it is what a Korean map app finds and a taxi driver reads.
      location: p.channel === 'VISIT' ? [`${p.centreName}, ${p.centreAddress}`, koreanIfOther(p)].filter(Boolean).join(' / ') : undefined,
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
