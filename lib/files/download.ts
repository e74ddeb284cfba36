/**
 * A stored file as a download: always an attachment (never shown inline, so an image or PDF
 * cannot run in the portal's origin), with the checked type, `nosniff`, a sandbox policy in
 * case a browser renders it anyway, and no caching. The name is display text, quoted for
 * RFC 6266 (an ASCII fallback and the UTF-8 `filename*`).
 */
export function attachmentResponse(body: ReadableStream<Uint8Array>, file: { displayName: string; mediaType: string; size: number }): Response {
  const ascii = file.displayName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return new Response(body, {
    headers: {
      'Content-Type': file.mediaType,
      'Content-Length': String(file.size),
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.displayName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    },
  });
}

/** The answer when there is no such file for this person: the same whether it is missing or not theirs. */
export function fileNotFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } });
}

/** A resident's download asked for without a session: to sign-in in the page's language, then back here. */
export function signInFirst(request: Request, locale: string, isKnownLocale: boolean): Response {
  const here = new URL(request.url);
  return Response.redirect(new URL(`/${isKnownLocale ? locale : 'ko'}/account/sign-in?next=${encodeURIComponent(here.pathname)}`, here), 303);
}
