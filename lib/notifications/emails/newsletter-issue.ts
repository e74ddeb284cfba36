import { z } from 'zod';
import { defineTemplate, paramSchemas } from '../template-kit';

/**
 * A new issue in the subscriber's language: its articles that exist in that language, each a
 * link to its public page, and the unsubscribe link (also in the List-Unsubscribe header).
 */
export const newsletterIssue = defineTemplate({
  params: z.object({
    number: z.string().min(1),
    issueTitle: z.string().min(1),
    issueUrl: paramSchemas.url,
    articles: z.array(z.object({ title: z.string().min(1), summary: z.string(), url: paramSchemas.url })).min(1),
    unsubscribeUrl: paramSchemas.url,
  }),
  // Whoever opens the unsubscribe link can end the subscription.
  secrets: { unsubscribeUrl: 'link' },
  namespace: 'Newsletter.email.issue',
  build({ t, params }) {
    return {
      subject: t('subject', { number: params.number, title: params.issueTitle }),
      heading: t('heading', { number: params.number, title: params.issueTitle }),
      blocks: [
        { kind: 'paragraph', text: t('intro') },
        ...params.articles.flatMap((article) => [
          { kind: 'link' as const, label: article.title, url: article.url },
          { kind: 'paragraph' as const, text: article.summary },
        ]),
        { kind: 'link', label: t('readIssue'), url: params.issueUrl },
        { kind: 'paragraph', text: t('why') },
        { kind: 'link', label: t('unsubscribe'), url: params.unsubscribeUrl },
      ],
    };
  },
});
