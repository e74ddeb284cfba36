import { z } from 'zod';
import { defineTemplate, paramSchemas } from '../template-kit';

/**
 * A new member of staff is invited; the link sets their password. The inviter may be unknown
 * (an empty name, e.g. an account created by a script), so the message has a wording without it.
 */
export const staffInvitation = defineTemplate({
  params: z.object({
    inviterName: z.string().trim().max(200),
    url: paramSchemas.url,
    expiresAt: paramSchemas.moment,
  }),
  // The link sets the account's password: whoever has it becomes this member of staff.
  secrets: { url: 'link' },
  build({ t, params, at }) {
    return {
      subject: t('subject'),
      heading: t('heading'),
      blocks: [
        { kind: 'paragraph', text: t('greeting') },
        { kind: 'paragraph', text: params.inviterName ? t('body', { inviterName: params.inviterName }) : t('bodyNoInviter') },
        { kind: 'link', label: t('action'), url: params.url },
        { kind: 'paragraph', text: t('expiry', at(params.expiresAt)) },
        { kind: 'paragraph', text: t('ignore') },
      ],
    };
  },
});
