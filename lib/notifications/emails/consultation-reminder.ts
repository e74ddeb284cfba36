import { defineTemplate } from '../template-kit';
import { appointmentLines, appointmentParams, appointmentSecrets } from './consultation-parts';

/** The day before: the appointment again, what to bring, and the link in case plans changed. */
export const consultationReminder = defineTemplate({
  params: appointmentParams,
  secrets: appointmentSecrets,
  build({ t, common, at, params }) {
    const when = at(params.startsAt);
    return {
      subject: t('subject', { time: when.time }),
      heading: t('heading'),
      blocks: [
        { kind: 'paragraph', text: t('greeting') },
        ...appointmentLines(common, at, params),
        { kind: 'paragraph', text: common(`appointment.next.${params.channel}`) },
        { kind: 'link', label: common('appointment.manage'), url: params.manageUrl },
      ],
    };
  },
});
