import 'server-only';
import { db } from '@/lib/db';
import type { Locale } from '@/lib/i18n/locales';
import { resolveText } from '@/lib/i18n/localized-text';
import { renderArticle } from './markdown';
import { isOutOfDate, pickVersion } from './versions';
import { searchVersions } from './search';
import { parsePicture, renditionPath } from './pictures/reference';

/**
 * The picture as the page draws it: an uploaded one with its WebP renditions for `srcset` and
 * the widest one's size (so the browser reserves its place); a seed picture from public/ as before.
 */
function pictureOf(image: string | null, alt: string | null, caption: string | null) {
  const picture = parsePicture(image);
  if (!picture || !alt) return null;
  if (picture.kind === 'public') return { src: picture.src, srcSet: undefined, width: 960, height: 540, alt, caption };
  const widest = picture.renditions[0]!;
  return {
    src: renditionPath(widest.key),
    srcSet: picture.renditions.map((r) => `${renditionPath(r.key)} ${r.width}w`).join(', '),
    width: picture.width,
    height: picture.height,
    alt,
    caption,
  };
}

/**
 * What the public pages read: published issues and published versions only. Every article is
 * shown in the reader's language when it has that version, else in the best other one, saying so.
 */
const published = { status: 'PUBLISHED' } as const;
const versionFields = { id: true, locale: true, title: true, summary: true, sourceRevision: true } as const;
const articleFields = { id: true, slug: true, sourceLocale: true, sourceRevision: true, sourceChangedAt: true } as const;

export async function listIssues(locale: Locale) {
  const rows = await db.newsletterIssue.findMany({
    where: published,
    orderBy: { number: 'desc' },
    select: { number: true, issuedOn: true, title: true, _count: { select: { articles: true } } },
  });
  return rows.map((row) => ({ number: row.number, issuedOn: row.issuedOn, title: resolveText(row.title, locale), articleCount: row._count.articles }));
}

export async function issueContents(number: number, locale: Locale) {
  const issue = await db.newsletterIssue.findFirst({
    where: { number, ...published },
    select: {
      number: true,
      issuedOn: true,
      title: true,
      articles: { orderBy: { position: 'asc' }, select: { ...articleFields, image: true, versions: { where: published, select: versionFields } } },
    },
  });
  if (!issue) return null;
  const articles = issue.articles.flatMap((article) => {
    const picked = pickVersion(article, article.versions, locale);
    if (!picked) return [];
    return [{ slug: article.slug, title: picked.version.title, summary: picked.version.summary, shownIn: picked.version.locale, isFallback: picked.isFallback }];
  });
  return { number: issue.number, issuedOn: issue.issuedOn, title: resolveText(issue.title, locale), articles };
}

export async function articlePage(number: number, slug: string, locale: Locale) {
  const article = await db.newsletterArticle.findFirst({
    where: { slug, issue: { number, ...published } },
    select: {
      ...articleFields,
      image: true,
      issue: { select: { number: true, title: true, issuedOn: true } },
      versions: { where: published, orderBy: { locale: 'asc' }, select: { ...versionFields, body: true, imageAlt: true, imageCaption: true, publishedAt: true } },
    },
  });
  if (!article) return null;
  const picked = pickVersion(article, article.versions, locale);
  if (!picked) return null;
  const { version } = picked;
  return {
    issue: { number: article.issue.number, title: resolveText(article.issue.title, locale), issuedOn: article.issue.issuedOn },
    slug: article.slug,
    locale: version.locale,
    isFallback: picked.isFallback,
    // The reader is told from when the source may differ from what they read.
    outOfDateSince: isOutOfDate(article, version) ? article.sourceChangedAt : null,
    title: version.title,
    summary: version.summary,
    html: renderArticle(version.body),
    image: pictureOf(article.image, version.imageAlt, version.imageCaption),
    otherLocales: article.versions.map((v) => v.locale).filter((l) => l !== version.locale),
  };
}

/** Newest published versions of one language, for its Atom feed. */
export async function feedEntries(locale: string, take = 30) {
  return db.newsletterVersion.findMany({
    where: { locale, ...published, article: { issue: published } },
    orderBy: [{ article: { issue: { number: 'desc' } } }, { article: { position: 'asc' } }],
    take,
    select: { title: true, summary: true, body: true, updatedAt: true, publishedAt: true, article: { select: { slug: true, issue: { select: { number: true } } } } },
  });
}

export async function searchArticles(query: string) {
  const hits = await searchVersions(db, query);
  if (hits.length === 0) return [];
  const versions = await db.newsletterVersion.findMany({
    where: { id: { in: hits.map((h) => h.versionId) } },
    select: { id: true, locale: true, title: true, summary: true, article: { select: { slug: true, issue: { select: { number: true } } } } },
  });
  const byId = new Map(versions.map((v) => [v.id, v]));
  return hits.flatMap((hit) => {
    const v = byId.get(hit.versionId);
    return v ? [{ locale: v.locale, title: v.title, summary: v.summary, issue: v.article.issue.number, slug: v.article.slug }] : [];
  });
}
