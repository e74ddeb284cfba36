/**
 * An article's body: HTML from Markdown through the allow-list sanitiser (lib/newsletter/markdown),
 * sanitised again on every render, so this is the one place raw HTML reaches a page.
 */
export function ArticleBody({ html }: { html: string }) {
  // The HTML passed sanitize-html's allow-list just before (renderArticle); no script can remain.
  return (
    <div
      className="newsletter-body max-w-3xl space-y-4 [&_h2]:mt-6 [&_h2]:text-2xl [&_h2]:font-bold [&_h3]:text-xl [&_h3]:font-bold [&_ol]:list-decimal [&_ol]:ps-6 [&_ul]:list-disc [&_ul]:ps-6"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
