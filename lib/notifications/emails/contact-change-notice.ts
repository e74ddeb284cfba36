import { z } from 'zod';
import { defineTemplate, paramSchemas } from '../template-kit';

/**
 * Sent to the OLD address after a change: if someone took over the account, its owner learns it
 * at an address the intruder does not control, and is told whom to call.
 */
export const contactChangeNotice = defineTemplate({
  params: z.object({
    newEmail: paramSchemas.email,
    changedAt: paramSchemas.moment,
  }),
  secrets: {},
  build({ t, params, at }) {
    return {
      subject: t('subject'),
      heading: t('heading'),
      blocks: [
        { kind: 'paragraph', text: t('greeting') },
        { kind: 'paragraph', text: t('body', { newEmail: params.newEmail, ...at(params.changedAt) }) },
        { kind: 'paragraph', text: t('notYou') },
      ],
    };
  },
});
