import type { Db } from '@/lib/db/client';
import { indexVersion } from '@/lib/newsletter/search';

type VersionInput = { title: string; summary?: string; body: string; status?: 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED'; sourceRevision?: number };

let counter = 0;

/** A published issue with one article in the given languages (each published and indexed unless said otherwise). */
export async function createArticle(db: Db, versions: Record<string, VersionInput>, { number, sourceRevision = 1 }: { number?: number; sourceRevision?: number } = {}) {
  counter += 1;
  // Distinct per test file run; (year, quarter) is unique too, so both derive from the number.
  const issueNumber = number ?? 1000 + counter * 100_000 + Math.floor(Math.random() * 100_000);
  const issue =
    (await db.newsletterIssue.findUnique({ where: { number: issueNumber } })) ??
    (await db.newsletterIssue.create({
      data: {
        number: issueNumber,
        year: Math.floor(issueNumber / 4),
        quarter: 1 + (issueNumber % 4),
        issuedOn: new Date('2026-10-01T00:00:00Z'),
        title: { ko: `제${issueNumber}호`, en: `Issue ${issueNumber}` },
        status: 'PUBLISHED',
      },
    }));
  const article = await db.newsletterArticle.create({ data: { issueId: issue.id, slug: `article-${counter}`, sourceLocale: 'ko', sourceRevision } });
  for (const [locale, input] of Object.entries(versions)) {
    const version = await db.newsletterVersion.create({
      data: {
        articleId: article.id,
        locale,
        title: input.title,
        summary: input.summary ?? '',
        body: input.body,
        status: input.status ?? 'PUBLISHED',
        sourceRevision: input.sourceRevision ?? sourceRevision,
      },
    });
    await indexVersion(db, version);
  }
  return { issue, article };
}
