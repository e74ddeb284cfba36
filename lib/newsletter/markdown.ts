import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Articles are stored as Markdown and become HTML through marked, then an allow-list sanitiser
 * (sanitize-html), on save (to refuse what would be dropped) and again on every render, so a
 * stored payload that slipped past an older allow-list still cannot run.
 */
const marked = new Marked({ gfm: true, breaks: false, async: false });

const allowed: sanitizeHtml.IOptions = {
  allowedTags: ['h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'blockquote', 'figure', 'figcaption', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'hr', 'code'],
  allowedAttributes: { a: ['href', 'rel'], img: ['src', 'alt'], th: ['scope'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowedSchemes: ['https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  // Pictures come from the portal itself (public/newsletter/), never from elsewhere.
  exclusiveFilter: (frame) => frame.tag === 'img' && !/^\/newsletter\/[\w-]+\.(?:jpg|png|webp)$/.test(frame.attribs.src ?? ''),
  transformTags: {
    // Markdown "# Title" inside an article is a section, one level under the page's title.
    h1: 'h2',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener' } }),
  },
};

export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, allowed);
}

export function renderArticle(markdown: string): string {
  return sanitizeArticleHtml(marked.parse(markdown) as string);
}

/** The words of an article without markup, for search and feeds' summaries. */
export function plainText(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown) as string, { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
