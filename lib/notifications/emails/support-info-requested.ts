import { z } from 'zod';
import { defineTemplate, paramSchemas } from '../template-kit';

/** A caseworker needs more from the applicant: what to send, by when, and where to answer. */
export const supportInfoRequested = defineTemplate({
  params: z.object({
    reference: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{1,40}$/),
    request: z.string().trim().min(1).max(2000),
    dueAt: paramSchemas.moment,
    requestsUrl: paramSchemas.url,
  }),
  // The link leads to the sign-in page of "my requests", the same for everyone.
  secrets: {},
  namespace: 'Support.email.infoRequested',
  build({ t, at, params }) {
    return {
      subject: t('subject', { reference: params.reference }),
      heading: t('heading'),
      blocks: [
        { kind: 'paragraph', text: t('greeting') },
        { kind: 'paragraph', text: t('body', { reference: params.reference }) },
        { kind: 'paragraph', text: params.request },
        { kind: 'paragraph', text: t('due', { date: at(params.dueAt).date }) },
        { kind: 'link', label: t('link'), url: params.requestsUrl },
        { kind: 'paragraph', text: t('paused') },
      ],
    };
  },
});
