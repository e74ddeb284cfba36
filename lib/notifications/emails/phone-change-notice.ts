import { z } from 'zod';
import { defineTemplate, paramSchemas } from '../template-kit';

/** A text message to the OLD phone number after a change, so its owner learns of a takeover. */
export const phoneChangeNotice = defineTemplate({
  params: z.object({
    newPhone: z.string().regex(/^\+?\d{8,15}$/),
    changedAt: paramSchemas.moment,
  }),
  secrets: {},
  build({ t, params, at }) {
    return {
      subject: t('subject'),
      heading: t('heading'),
      blocks: [
        { kind: 'paragraph', text: t('body', { newPhone: params.newPhone, ...at(params.changedAt) }) },
        { kind: 'paragraph', text: t('notYou') },
      ],
    };
  },
});
