import { z } from 'zod';
import { defineTemplate, paramSchemas } from '../template-kit';
import { appointmentCalendar, appointmentParams, appointmentSecrets } from './consultation-parts';

/** After a cancellation: which appointment, how to book again, and a file that removes it from calendars. */
export const consultationCancelled = defineTemplate({
  params: appointmentParams.extend({ bookAgainUrl: paramSchemas.url, byStaff: z.boolean() }),
  // The link to book again is the same for everyone.
  secrets: appointmentSecrets,
  build({ t, common, at, params }) {
    const when = at(params.startsAt);
    return {
      subject: t('subject', { date: when.date, time: when.time }),
      heading: t('heading'),
      blocks: [
        { kind: 'paragraph', text: t('greeting') },
        { kind: 'paragraph', text: t(params.byStaff ? 'bodyByStaff' : 'body', { ...when, topic: params.topic }) },
        { kind: 'paragraph', text: common('appointment.reference', { reference: params.reference }) },
        { kind: 'link', label: t('bookAgain'), url: params.bookAgainUrl },
        { kind: 'paragraph', text: common('appointment.phone', { centre: params.centreName, phone: params.centrePhone }) },
      ],
      attachments: [appointmentCalendar(common, at, params, 'CANCEL')],
    };
  },
});
