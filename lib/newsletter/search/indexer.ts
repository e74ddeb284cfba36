import type { Db } from '@/lib/db/client';
import { plainText } from '../markdown';
import { indexTerms, normalise } from './terms';

type Version = { id: string; title: string; summary: string; body: string; imageAlt: string | null; imageCaption: string | null };

type IndexWriter = Pick<Db, 'newsletterSearchTerm'>;

/** The words of a version as readers see them: title, summary, body text, picture's alt and caption. */
export const searchableText = (version: Omit<Version, 'id'>) => normalise([version.title, version.summary, plainText(version.body), version.imageAlt ?? '', version.imageCaption ?? ''].join('\n'));

/** Replaces a version's rows in the index; a version that is not published has none. */
export async function indexVersion(db: IndexWriter, version: Version & { status: string }): Promise<number> {
  await db.newsletterSearchTerm.deleteMany({ where: { versionId: version.id } });
  if (version.status !== 'PUBLISHED') return 0;
  const terms = [...indexTerms(searchableText(version))];
  await db.newsletterSearchTerm.createMany({ data: terms.map((term) => ({ term, versionId: version.id })) });
  return terms.length;
}
