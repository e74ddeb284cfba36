import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '@/lib/newsletter/feed';
import { renderArticle } from '@/lib/newsletter/markdown';
import { isOutOfDate, pickVersion, versionState } from '@/lib/newsletter/versions';
import { xssPayloads as payloads } from '../support/xss-payloads';

const entry = (slug: string, number: number, title: string) => ({
  title,
  summary: `${title}: summary`,
  body: `## ${title}\n\nText with <b>markup</b> & an ampersand.`,
  updatedAt: new Date('2026-10-02T01:00:00Z'),
  publishedAt: new Date('2026-10-01T00:00:00Z'),
  article: { slug, issue: { number } },
});

describe('the Atom feed of one language', () => {
  const xml = atomFeed({
    locale: 'km',
    site: 'https://portal.example',
    title: 'ព្រឹត្តិបត្រអានសានហាម៉ូនី',
    description: 'ព្រឹត្តិបត្រ',
    entries: [entry('consultation-center', 43, 'ប្រឹក្សាជា ១៥ ភាសា'), entry('korean-classes', 41, 'ថ្នាក់ភាសាកូរ៉េ')],
  });

  it('parses as Atom, says its language, and links to itself and to the archive', () => {
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.language).toBe('km');
    expect(feed.title).toBe('ព្រឹត្តិបត្រអានសានហាម៉ូនី');
    expect(feed.url).toBe('https://portal.example/km/newsletter');
    expect(feed.self).toBe('https://portal.example/km/newsletter/feed.xml');
    expect(feed.updated?.toISOString()).toBe('2026-10-02T01:00:00.000Z');
  });

  it('has every entry with its id, title, link, dates and content, each marked with its language', () => {
    const feed = parseFeed(xml);
    expect(feed.items.map((item) => [item.id, item.title, item.url])).toEqual([
      ['https://portal.example/km/newsletter/43/consultation-center', 'ប្រឹក្សាជា ១៥ ភាសា', 'https://portal.example/km/newsletter/43/consultation-center'],
      ['https://portal.example/km/newsletter/41/korean-classes', 'ថ្នាក់ភាសាកូរ៉េ', 'https://portal.example/km/newsletter/41/korean-classes'],
    ]);
    for (const item of feed.items) {
      expect(item.published?.toISOString()).toBe('2026-10-01T00:00:00.000Z');
      expect(item.updated?.toISOString()).toBe('2026-10-02T01:00:00.000Z');
      expect(item.content).toContain('<h2>');
      // The article's raw HTML was dropped by the sanitiser; only its text is left.
      expect(item.content).not.toContain('<b>');
    }
    expect(xml.match(/<entry xml:lang="km">/g)).toHaveLength(2);
  });
});

describe('article Markdown through the allow-list sanitiser', () => {
  it.each(payloads)('leaves nothing that can run from %s', (payload) => {
    const html = renderArticle(`Before\n\n${payload}\n\nAfter`);
    expect(html).not.toMatch(/<(script|iframe|object|embed|form|style|link|meta|base|svg|math|input|details|video|audio|body|template|table background)/i);
    // An event handler inside a tag (the same words as escaped text are harmless).
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(href|src)\s*=\s*"(?!https:\/\/|\/newsletter\/|mailto:|tel:)/i);
  });

  it('keeps the structure articles need: sections, lists, links and the portal\u2019s own pictures', () => {
    const html = renderArticle('# Section\n\n- one\n- two\n\n[Book](https://portal.example/ko/consultations) ![A class](/newsletter/korean-classes.webp)');
    expect(html).toContain('<h2>Section</h2>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<a href="https://portal.example/ko/consultations" rel="noopener">Book</a>');
    expect(html).toContain('<img src="/newsletter/korean-classes.webp" alt="A class" />');
  });
});

describe('which version a reader gets', () => {
  const article = { sourceLocale: 'ko', sourceRevision: 3 };
  const versions = [
    { locale: 'ko', sourceRevision: 3, status: 'PUBLISHED' as const },
    { locale: 'en', sourceRevision: 3, status: 'PUBLISHED' as const },
    { locale: 'ru', sourceRevision: 2, status: 'PUBLISHED' as const },
  ];

  it('is their own language when it exists, else English, else the source', () => {
    expect(pickVersion(article, versions, 'ru')).toMatchObject({ version: { locale: 'ru' }, isFallback: false });
    expect(pickVersion(article, versions, 'km')).toMatchObject({ version: { locale: 'en' }, isFallback: true });
    expect(pickVersion(article, [versions[0]!], 'km')).toMatchObject({ version: { locale: 'ko' }, isFallback: true });
    expect(pickVersion(article, [], 'km')).toBeNull();
  });

  it('marks a translation of an older source revision out of date, never the source itself', () => {
    expect(isOutOfDate(article, versions[2]!)).toBe(true);
    expect(isOutOfDate(article, versions[1]!)).toBe(false);
    expect(isOutOfDate({ sourceLocale: 'ko', sourceRevision: 3 }, { locale: 'ko', sourceRevision: 1 })).toBe(false);
    expect([versionState(article, versions[2]), versionState(article, versions[1]), versionState(article, undefined), versionState(article, { ...versions[1]!, status: 'IN_REVIEW' })]).toEqual([
      'outOfDate',
      'published',
      'missing',
      'inReview',
    ]);
  });
});
