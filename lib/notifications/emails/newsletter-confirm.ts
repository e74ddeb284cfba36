import { z } from 'zod';
import { defineTemplate, paramSchemas } from '../template-kit';

/** Double opt-in: the link opens a page with a button; nothing is confirmed until it is pressed. */
export const newsletterConfirm = defineTemplate({
  params: z.object({ url: paramSchemas.url, language: z.string().min(1) }),
  // Whoever opens the link can confirm the subscription.
  secrets: { url: 'link' },
  namespace: 'Newsletter.email.confirm',
  build({ t, params }) {
    return {
      subject: t('subject'),
      heading: t('heading'),
      blocks: [
        { kind: 'paragraph', text: t('body', { language: params.language }) },
        { kind: 'link', label: t('action'), url: params.url },
        { kind: 'paragraph', text: t('ignore') },
      ],
    };
  },
});
