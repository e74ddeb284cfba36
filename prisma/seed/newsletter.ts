import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '@/lib/db/client';
import { newsletterLocales, type NewsletterLocale } from '@/lib/newsletter/locales';
import { indexVersion } from '@/lib/newsletter/search';

/**
 * Seed issues of Ansan Harmony, written from the seeds' facts (centres, Korean classes, the
 * festival, emergency support, labour rights, children's schooling). The texts are in newsletter/<locale>.json. On
 * purpose, "labour-rights" has no Khmer or Nepali version, and the Korean source of
 * "korean-classes" was revised (a new paragraph) after its Russian and Vietnamese translations
 * were made, so readers and editors see both behaviours.
 */
type VersionText = { title: string; summary: string; body: string; imageAlt?: string; imageCaption?: string };
type Catalog = { issues: Record<string, string>; articles: Record<string, VersionText> };

const issues = [
  { number: 40, year: 2026, quarter: 1, issuedOn: '2026-01-02', articles: ['support-center-services', 'children-school'] },
  { number: 41, year: 2026, quarter: 2, issuedOn: '2026-04-01', articles: ['korean-classes', 'emergency-support'] },
  { number: 42, year: 2026, quarter: 3, issuedOn: '2026-07-01', articles: ['world-harmony-festival', 'labour-rights'] },
  { number: 43, year: 2026, quarter: 4, issuedOn: '2026-10-01', articles: ['consultation-center', 'wongok-special-zone'] },
] as const;

const images: Record<string, string> = {
  'korean-classes': '/newsletter/korean-classes.webp',
  'world-harmony-festival': '/newsletter/world-harmony-festival.webp',
  'wongok-special-zone': '/newsletter/wongok-special-zone.webp',
};

// The source was revised on this day; these translations were made from the first revision.
const revised: Record<string, { revision: number; on: string; behind: NewsletterLocale[] }> = {
  'korean-classes': { revision: 2, on: '2026-04-10', behind: ['ru', 'vi'] },
};

function catalogs(): Record<NewsletterLocale, Catalog> {
  const dir = path.join(process.cwd(), 'prisma', 'seed', 'newsletter');
  return Object.fromEntries(newsletterLocales.map((locale) => [locale, JSON.parse(fs.readFileSync(path.join(dir, `${locale}.json`), 'utf8')) as Catalog])) as Record<NewsletterLocale, Catalog>;
}

/** Idempotent: an issue that exists (by number) is left as staff may have edited it. */
export async function seedNewsletter(db: Db) {
  const texts = catalogs();
  for (const issue of issues) {
    if (await db.newsletterIssue.findUnique({ where: { number: issue.number }, select: { id: true } })) continue;
    const issuedOn = new Date(`${issue.issuedOn}T00:00:00+09:00`);
    const title = Object.fromEntries(newsletterLocales.map((locale) => [locale, texts[locale].issues[String(issue.number)]]));
    const row = await db.newsletterIssue.create({
      data: { number: issue.number, year: issue.year, quarter: issue.quarter, issuedOn, title, status: 'PUBLISHED', publishedAt: issuedOn },
      select: { id: true },
    });
    for (const [position, slug] of issue.articles.entries()) {
      const revision = revised[slug];
      const article = await db.newsletterArticle.create({
        data: {
          issueId: row.id,
          slug,
          position,
          sourceLocale: 'ko',
          sourceRevision: revision?.revision ?? 1,
          sourceChangedAt: revision ? new Date(`${revision.on}T10:00:00+09:00`) : issuedOn,
          image: images[slug] ?? null,
        },
        select: { id: true, sourceRevision: true },
      });
      for (const locale of newsletterLocales) {
        const text = texts[locale].articles[slug];
        if (!text) continue;
        const version = await db.newsletterVersion.create({
          data: {
            articleId: article.id,
            locale,
            title: text.title,
            summary: text.summary,
            body: text.body,
            imageAlt: text.imageAlt ?? null,
            imageCaption: text.imageCaption ?? null,
            status: 'PUBLISHED',
            sourceRevision: revision?.behind.includes(locale) ? 1 : article.sourceRevision,
            publishedAt: issuedOn,
          },
        });
        await indexVersion(db, version);
      }
    }
  }
}
