import type { Db } from '@/lib/db/client';
import { searchableText } from './indexer';
import { queryAlternatives, wordsOf } from './terms';

// A query is a few words; more are ignored rather than turned into a huge IN list.
const MAX_QUERY_WORDS = 8;

export type SearchHit = { versionId: string; articleId: string };

/**
 * Published versions (of published issues) that contain every word of the query. Each word is
 * matched by its own term or, in scripts without spaces and in Korean, by all its two-character
 * pieces followed by a check that the word really stands in the text.
 */
export async function searchVersions(db: Db, query: string, { limit = 20 } = {}): Promise<SearchHit[]> {
  const queryWords = [...new Set(wordsOf(query))].slice(0, MAX_QUERY_WORDS);
  if (queryWords.length === 0) return [];
  const alternatives = queryWords.map((word) => ({ word, ...queryAlternatives(word) }));
  const wanted = [...new Set(alternatives.flatMap((a) => [a.exact, ...a.pieces]))];
  const rows = await db.newsletterSearchTerm.findMany({
    where: { term: { in: wanted }, version: { status: 'PUBLISHED', article: { issue: { status: 'PUBLISHED' } } } },
    select: { term: true, versionId: true },
  });
  const termsByVersion = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = termsByVersion.get(row.versionId) ?? new Set<string>();
    set.add(row.term);
    termsByVersion.set(row.versionId, set);
  }
  const exactOnly: string[] = [];
  const toCheck: string[] = [];
  for (const [versionId, terms] of termsByVersion) {
    const matches = alternatives.map((a) => (terms.has(a.exact) ? 'exact' : a.pieces.length > 0 && a.pieces.every((p) => terms.has(p)) ? 'pieces' : 'none'));
    if (matches.includes('none')) continue;
    (matches.includes('pieces') ? toCheck : exactOnly).push(versionId);
  }
  const checked = toCheck.length
    ? (await db.newsletterVersion.findMany({ where: { id: { in: toCheck } }, select: { id: true, title: true, summary: true, body: true, imageAlt: true, imageCaption: true } }))
        .filter((version) => {
          const text = searchableText(version);
          return queryWords.every((word) => text.includes(word));
        })
        .map((version) => version.id)
    : [];
  const ids = [...exactOnly, ...checked];
  if (ids.length === 0) return [];
  const versions = await db.newsletterVersion.findMany({
    where: { id: { in: ids } },
    orderBy: [{ article: { issue: { number: 'desc' } } }, { article: { position: 'asc' } }],
    take: limit,
    select: { id: true, articleId: true },
  });
  return versions.map((v) => ({ versionId: v.id, articleId: v.articleId }));
}
