import { z } from 'zod';
import { defineTemplate } from '../template-kit';
import { appointmentCalendar, appointmentLines, appointmentParams } from './consultation-parts';

/** After a change of time: the new appointment and a calendar file that replaces the old one. */
export const consultationRescheduled = defineTemplate({
  params: appointmentParams.extend({ lastChangeDay: z.date() }),
  build({ t, common, at, params }) {
    const when = at(params.startsAt);
    return {
      subject: t('subject', { date: when.date, time: when.time }),
      heading: t('heading'),
      blocks: [
        { kind: 'paragraph', text: t('greeting') },
        ...appointmentLines(common, at, params),
        { kind: 'link', label: common('appointment.manage'), url: params.manageUrl },
        { kind: 'paragraph', text: common('appointment.changeUntil', { date: at(params.lastChangeDay).date }) },
        { kind: 'paragraph', text: common('appointment.calendarHint') },
      ],
      attachments: [appointmentCalendar(common, at, params, 'PUBLISH')],
    };
  },
});
