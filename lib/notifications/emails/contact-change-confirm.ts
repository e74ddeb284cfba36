import { z } from 'zod';
import { defineTemplate, paramSchemas } from '../template-kit';

/** Sent to the NEW address: the change only happens once its owner opens the link. */
export const contactChangeConfirm = defineTemplate({
  params: z.object({
    url: paramSchemas.url,
    newEmail: paramSchemas.email,
  }),
  // Whoever opens the link moves the account to the new address.
  secrets: { url: 'link' },
  build({ t, params }) {
    return {
      subject: t('subject'),
      heading: t('heading'),
      blocks: [
        { kind: 'paragraph', text: t('greeting') },
        { kind: 'paragraph', text: t('body', { newEmail: params.newEmail }) },
        { kind: 'link', label: t('action'), url: params.url },
        { kind: 'paragraph', text: t('ignore') },
      ],
    };
  },
});
