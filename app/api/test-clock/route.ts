import { revalidatePath, revalidateTag } from 'next/cache';
import { z } from 'zod';
import { setTestClock } from '@/lib/time/clock';
import { NOTICES_TAG } from '@/lib/notices/cached';

export const dynamic = 'force-dynamic';

const body = z.object({ at: z.iso.datetime({ offset: true }).nullable() });

/**
 * Browser tests only (E2E_CLOCK_FILE set by scripts/e2e-prepare.mjs): moves the notices' clock and
 * renders the public pages afresh at once, standing in for the minute after which every instance
 * would (docs/decisions/029). Everywhere else this route does not exist: 404.
 */
export async function POST(request: Request) {
  if (!process.env.E2E_CLOCK_FILE) return new Response(null, { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: 'expected { at: ISO date-time or null }' }, { status: 400 });
  setTestClock(parsed.data.at ? new Date(parsed.data.at) : null);
  revalidateTag(NOTICES_TAG, { expire: 0 });
  revalidatePath('/[locale]', 'layout');
  return Response.json({ ok: true });
}
