import { db } from '@/lib/db';
import { can, currentStaff } from '@/lib/auth/guards';
import { fileStore } from '@/lib/files/storage';
import { pictureToServe } from '@/lib/newsletter/pictures/upload';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ file: string }> };

const headers = (cache: string) => ({
  'Content-Type': 'image/webp',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': cache,
});

/**
 * A rendition of an article's uploaded picture. Its name is random and its bytes never change
 * (a new upload gets new names), so a published one is cached for a year by anyone; a draft's is
 * shown only to staff who edit the newsletter (second factor enrolled), never stored by caches.
 */
export async function GET(_request: Request, { params }: Context) {
  const { file } = await params;
  const found = await pictureToServe(db, file.slice(0, 64));
  if (!found) return new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  if (!found.isPublic) {
    const staff = await currentStaff();
    if (!staff?.twoFactorEnabled || !can(staff, 'newsletter:edit')) return new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  }
  const body = await (await fileStore()).open(found.key);
  if (!body) return new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return new Response(body, { headers: headers(found.isPublic ? 'public, max-age=31536000, immutable' : 'private, no-store') });
}
