import { z } from 'zod';
import { defineTemplate, paramSchemas } from '../template-kit';

/** The one-time code a resident types to sign in (no passwords for residents). */
export const residentSignInCode = defineTemplate({
  params: z.object({
    code: z.string().regex(/^[0-9A-Za-z]{4,12}$/),
    expiresAt: paramSchemas.moment,
  }),
  secrets: { code: 'code' },
  build({ t, params, at }) {
    const { time, zone } = at(params.expiresAt);
    return {
      subject: t('subject'),
      heading: t('heading'),
      blocks: [
        { kind: 'paragraph', text: t('greeting') },
        { kind: 'paragraph', text: t('body', { code: params.code }) },
        { kind: 'paragraph', text: t('expiry', { time, zone }) },
        { kind: 'paragraph', text: t('ignore') },
      ],
    };
  },
});
