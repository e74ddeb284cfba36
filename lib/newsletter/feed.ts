import { Feed } from 'feed';
import { languageTags, type Locale } from '@/lib/i18n/locales';
import { withLanguages } from '@/lib/feeds/atom';
import { renderArticle } from './markdown';

type Entry = { title: string; summary: string; body: string; updatedAt: Date; publishedAt: Date | null; article: { slug: string; issue: { number: number } } };

/**
 * One Atom feed per language (the `feed` library); its root and each entry say their language
 * (lib/feeds/atom.ts).
 */
export function atomFeed({ locale, site, title, description, entries }: { locale: Locale; site: string; title: string; description: string; entries: Entry[] }): string {
  const home = `${site}/${locale}/newsletter`;
  const updated = entries.reduce((latest, e) => (e.updatedAt > latest ? e.updatedAt : latest), new Date(0));
  const feed = new Feed({
    id: `${home}/feed.xml`,
    title,
    description,
    link: home,
    language: languageTags[locale],
    updated: entries.length ? updated : new Date(0),
    feedLinks: { atom: `${home}/feed.xml` },
    copyright: title,
    generator: false,
  });
  for (const entry of entries) {
    const link = `${home}/${entry.article.issue.number}/${entry.article.slug}`;
    feed.addItem({
      id: link,
      link,
      title: entry.title,
      description: entry.summary,
      content: renderArticle(entry.body),
      date: entry.updatedAt,
      published: entry.publishedAt ?? entry.updatedAt,
      author: [{ name: title }],
    });
  }
  return withLanguages(feed.atom1(), languageTags[locale], []);
}
