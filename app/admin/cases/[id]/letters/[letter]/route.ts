import { staffRoute } from '@/lib/actions/staff-route';
import { attachmentResponse } from '@/lib/files/download';
import { fileStore } from '@/lib/files/storage';
import { letterFile } from '@/lib/support/letters/access';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; letter: string }> };

/**
 * A decision letter for staff: a POST from the case page through the staff route pipeline, then
 * the letters' access rule (the case access rule, lib/support/letters/access.ts), audited.
 */
export async function POST(request: Request, { params }: Context) {
  const { id, letter } = await params;
  return staffRoute({ permissions: [], entity: 'SupportLetter' }, async (_request, staff) => {
    const found = await letterFile({ type: 'staff', staff }, id, letter);
    const body = found ? await (await fileStore()).open(found.storageKey) : null;
    if (!found || !body) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } });
    return attachmentResponse(body, found);
  })(request);
}
