import { z } from 'zod';
import { defineTemplate } from '../template-kit';
import { appointmentCalendar, appointmentLines, appointmentParams } from './consultation-parts';

/** The confirmation: the appointment, what to do next, the private manage link and an .ics file. */
export const consultationBooked = defineTemplate({
  params: appointmentParams.extend({ lastChangeDay: z.date() }),
  build({ t, common, at, params }) {
    const when = at(params.startsAt);
    return {
      subject: t('subject', { date: when.date, time: when.time }),
      heading: t('heading'),
      blocks: [
        { kind: 'paragraph', text: t('greeting') },
        ...appointmentLines(common, at, params),
        { kind: 'paragraph', text: common(`appointment.next.${params.channel}`) },
        { kind: 'link', label: common('appointment.manage'), url: params.manageUrl },
        { kind: 'paragraph', text: common('appointment.changeUntil', { date: at(params.lastChangeDay).date }) },
        { kind: 'paragraph', text: common('appointment.calendarHint') },
      ],
      attachments: [appointmentCalendar(common, at, params, 'PUBLISH')],
    };
  },
});
