import { z } from 'zod';
import { defineTemplate, paramSchemas } from '../template-kit';

/** After an emergency support application is submitted: its reference and what happens next. */
export const supportSubmitted = defineTemplate({
  params: z.object({
    reference: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{1,40}$/),
    programme: z.string().trim().min(1).max(200),
    requestsUrl: paramSchemas.url,
  }),
  // The link leads to the sign-in page of "my requests", the same for everyone.
  secrets: {},
  namespace: 'Support.email.submitted',
  build({ t, params }) {
    return {
      subject: t('subject', { reference: params.reference }),
      heading: t('heading'),
      blocks: [
        { kind: 'paragraph', text: t('greeting') },
        { kind: 'paragraph', text: t('body', { programme: params.programme, reference: params.reference }) },
        { kind: 'paragraph', text: t('next') },
        { kind: 'link', label: t('link'), url: params.requestsUrl },
        { kind: 'paragraph', text: t('safety') },
      ],
    };
  },
});
