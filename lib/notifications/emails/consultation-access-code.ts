import { z } from 'zod';
import { defineTemplate, paramSchemas } from '../template-kit';

/** The code that opens a booking found by its reference, sent to the booking's own contact. */
export const consultationAccessCode = defineTemplate({
  params: z.object({
    code: z.string().regex(/^\d{6}$/),
    reference: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{1,40}$/),
    expiresAt: paramSchemas.moment,
  }),
  // The code opens the booking, with its reference, for ten minutes.
  secrets: { code: 'code' },
  build({ t, params, at }) {
    const { time, zone } = at(params.expiresAt);
    return {
      subject: t('subject', { reference: params.reference }),
      heading: t('heading'),
      blocks: [
        { kind: 'paragraph', text: t('body', { code: params.code, reference: params.reference }) },
        { kind: 'paragraph', text: t('expiry', { time, zone }) },
        { kind: 'paragraph', text: t('ignore') },
      ],
    };
  },
});
