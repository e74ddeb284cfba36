import { defaultLocale, type Locale } from '@/lib/i18n/locales';

export type VersionState = 'missing' | 'draft' | 'inReview' | 'outOfDate' | 'published';

type Versioned = { locale: string; sourceRevision: number };
type Article = { sourceLocale: string; sourceRevision: number };

/** A translation made from an older revision of the source may miss what changed since. */
export const isOutOfDate = (article: Article, version: Versioned) => version.locale !== article.sourceLocale && version.sourceRevision < article.sourceRevision;

/**
 * The version a reader of `locale` gets: their own; else English, then the source language,
 * then Korean, then any. `isFallback` makes the page say so; it never ends up empty while any
 * version exists.
 */
export function pickVersion<V extends Versioned>(article: Article, versions: readonly V[], locale: Locale): { version: V; isFallback: boolean } | null {
  const order = [locale, 'en', article.sourceLocale, defaultLocale];
  for (const candidate of order) {
    const found = versions.find((v) => v.locale === candidate);
    if (found) return { version: found, isFallback: candidate !== locale };
  }
  const first = versions[0];
  return first ? { version: first, isFallback: true } : null;
}

/** What the editors' grid shows for one language of an article. */
export function versionState(article: Article, version: (Versioned & { status: 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' }) | undefined): VersionState {
  if (!version) return 'missing';
  if (version.status === 'DRAFT') return 'draft';
  if (version.status === 'IN_REVIEW') return 'inReview';
  return isOutOfDate(article, version) ? 'outOfDate' : 'published';
}
