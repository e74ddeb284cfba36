import { z } from 'zod';
import { defineTemplate } from '../template-kit';

/** A message a member of staff wrote about a request; their words are quoted as written. */
export const genericCaseMessage = defineTemplate({
  params: z.object({
    reference: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{1,40}$/),
    body: z.string().trim().min(1).max(20_000),
  }),
  secrets: {},
  build({ t, params }) {
    return {
      subject: t('subject', { reference: params.reference }),
      heading: t('heading'),
      blocks: [
        { kind: 'paragraph', text: t('greeting') },
        { kind: 'paragraph', text: t('intro', { reference: params.reference }) },
        { kind: 'quote', text: params.body },
        { kind: 'paragraph', text: t('reply', { reference: params.reference }) },
      ],
    };
  },
});
