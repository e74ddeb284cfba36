import { Feed } from 'feed';
import { languageTags, type Locale } from '@/lib/i18n/locales';
import type { ResolvedText } from '@/lib/i18n/localized-text';
import { withLanguages } from '@/lib/feeds/atom';

type Entry = { id: string; title: ResolvedText; body: ResolvedText; startsAt: Date; updatedAt: Date };

/** The notices' Atom feed in one language; each entry links to its place on the home page. */
export function noticesAtomFeed({ locale, site, title, entries }: { locale: Locale; site: string; title: string; entries: Entry[] }): string {
  const home = `${site}/${locale}`;
  const self = `${home}/notices/feed.xml`;
  const updated = entries.reduce((latest, e) => (e.updatedAt > latest ? e.updatedAt : latest), new Date(0));
  const feed = new Feed({ id: self, title, link: home, language: languageTags[locale], updated, feedLinks: { atom: self }, copyright: title, generator: false });
  for (const entry of entries) {
    feed.addItem({
      id: `${self}#${entry.id}`,
      link: `${home}#notice-${entry.id}`,
      title: entry.title.text,
      // Plain text: staff write notices without markup.
      description: entry.body.text,
      date: entry.updatedAt,
      published: entry.startsAt,
      author: [{ name: title }],
    });
  }
  return withLanguages(
    feed.atom1(),
    languageTags[locale],
    entries.map((e) => languageTags[e.title.locale]),
  );
}
