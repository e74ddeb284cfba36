import { directionOf, languageTags, type Locale } from '@/lib/i18n/locales';
import { escapeHtml } from './escape-html';

/**
 * An email as a short list of blocks, written once and turned into both plain text and HTML, so
 * the two versions always carry the same information.
 */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'link'; label: string; url: string }
  // Text someone else wrote (a member of staff): kept apart, its own direction, line breaks kept.
  | { kind: 'quote'; text: string };

/** A file sent with the email (calendar files): text content, never a path or URL. */
export type Attachment = { filename: string; contentType: string; content: string };

export type EmailContent = { subject: string; heading: string; blocks: Block[]; attachments?: Attachment[] };

export type EmailDocument = EmailContent & { locale: Locale; footer: string; linkHint: string };

export function toText(doc: EmailDocument): string {
  const parts = [doc.heading];
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') parts.push(block.text);
    // The address on a line of its own: mail programs make it clickable and do not break it.
    else if (block.kind === 'link') parts.push(`${block.label}:\n${block.url}`);
    else parts.push(normalizeNewlines(block.text));
  }
  parts.push(`--\n${doc.footer}`);
  return `${parts.join('\n\n')}\n`;
}

// Inline styles only: many mail programs drop <style> blocks. They sit in double-quoted
// attributes, so they use single quotes only.
const styles = {
  body: 'margin:0;padding:0;background-color:#ffffff;',
  article: "max-width:600px;margin:0 auto;padding:24px 16px;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;font-size:16px;line-height:1.6;color:#1b1b1b;",
  h1: 'margin:0 0 16px;font-size:24px;line-height:1.3;',
  p: 'margin:0 0 16px;',
  link: 'color:#0b4fa8;font-weight:bold;text-decoration:underline;',
  small: 'margin:0 0 16px;font-size:14px;color:#444444;',
  url: 'word-break:break-all;',
  quote: (dir: 'ltr' | 'rtl') => `margin:0 0 16px;padding:4px 16px;border-${dir === 'rtl' ? 'right' : 'left'}:4px solid #8a8a8a;background-color:#f5f5f5;`,
  hr: 'border:none;border-top:1px solid #dddddd;margin:24px 0 16px;',
};

export function toHtml(doc: EmailDocument): string {
  const lang = languageTags[doc.locale];
  const dir = directionOf(doc.locale);
  const blocks = doc.blocks.map((block) => {
    if (block.kind === 'paragraph') return `<p style="${styles.p}">${escapeHtml(block.text)}</p>`;
    if (block.kind === 'link') {
      const href = escapeHtml(block.url);
      return (
        `<p style="${styles.p}"><a href="${href}" style="${styles.link}">${escapeHtml(block.label)}</a></p>\n` +
        `<p style="${styles.small}">${escapeHtml(doc.linkHint)}<br><span dir="ltr" style="${styles.url}">${href}</span></p>`
      );
    }
    const paragraphs = normalizeNewlines(block.text)
      .split(/\n{2,}/)
      .map((paragraph) => `<p style="${styles.p}">${paragraph.split('\n').map(escapeHtml).join('<br>')}</p>`)
      .join('\n');
    // dir="auto": staff may write in another script than the email's own language.
    return `<blockquote dir="auto" style="${styles.quote(dir)}">\n${paragraphs}\n</blockquote>`;
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}" dir="${dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.subject)}</title>`,
    '</head>',
    `<body style="${styles.body}">`,
    // Mail programs often strip <html> attributes, so the article repeats lang and dir.
    `<div role="article" aria-roledescription="email" aria-label="${escapeHtml(doc.subject)}" lang="${lang}" dir="${dir}" style="${styles.article}">`,
    `<h1 style="${styles.h1}">${escapeHtml(doc.heading)}</h1>`,
    ...blocks,
    `<hr style="${styles.hr}">`,
    `<p style="${styles.small}">${escapeHtml(doc.footer)}</p>`,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}
