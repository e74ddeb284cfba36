import { z } from 'zod';
import { defineTemplate } from '../template-kit';

/**
 * A message from a staff template (lib/hub/templates), in the version of the language chosen for
 * the resident: its own title is the subject, its text is quoted as written, and the words around
 * it are those of the plain case message, so they need no second translation.
 */
export const caseTemplatedMessage = defineTemplate({
  params: z.object({
    reference: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{1,40}$/),
    title: z.string().trim().min(1).max(200),
    body: z.string().trim().min(1).max(20_000),
  }),
  secrets: {},
  namespace: 'Email.genericCaseMessage',
  build({ t, params }) {
    return {
      subject: params.title,
      heading: params.title,
      blocks: [
        { kind: 'paragraph', text: t('greeting') },
        { kind: 'paragraph', text: t('intro', { reference: params.reference }) },
        { kind: 'quote', text: params.body },
        { kind: 'paragraph', text: t('reply', { reference: params.reference }) },
      ],
    };
  },
});
