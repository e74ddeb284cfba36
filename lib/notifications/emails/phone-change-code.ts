import { z } from 'zod';
import { defineTemplate, paramSchemas } from '../template-kit';

/** A text message to a NEW phone number: the code that proves it is the resident's. */
export const phoneChangeCode = defineTemplate({
  params: z.object({
    code: z.string().regex(/^\d{6}$/),
    expiresAt: paramSchemas.moment,
  }),
  secrets: { code: 'code' },
  build({ t, params, at }) {
    const { time, zone } = at(params.expiresAt);
    return {
      subject: t('subject'),
      heading: t('heading'),
      blocks: [
        { kind: 'paragraph', text: t('body', { code: params.code }) },
        { kind: 'paragraph', text: t('expiry', { time, zone }) },
      ],
    };
  },
});
