import { db } from '@/lib/db';
import { unsubscribe } from '@/lib/newsletter/subscriptions';

/**
 * RFC 8058 one-click unsubscribe: the mail program POSTs `List-Unsubscribe=One-Click` here,
 * from another origin, without cookies; the signed token in the address is the authority. A GET
 * (a scanner, a curious click) changes nothing and leads to the page with the button.
 */
export async function POST(_request: Request, { params }: { params: Promise<{ locale: string; token: string }> }) {
  const { token } = await params;
  const outcome = await unsubscribe(db, token);
  return new Response(null, { status: outcome === 'unsubscribed' ? 204 : 404 });
}

export async function GET(request: Request) {
  return Response.redirect(new URL(request.url.replace(/\/one-click(?:\?.*)?$/, ''), request.url), 303);
}
