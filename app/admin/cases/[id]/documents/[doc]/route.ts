import { staffRoute } from '@/lib/actions/staff-route';
import { attachmentResponse } from '@/lib/files/download';
import { fileStore } from '@/lib/files/storage';
import { DOCUMENTS_PERMISSION, staffDocument } from '@/lib/support/documents/staff';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; doc: string }> };

/**
 * A document of a support case for staff: a POST from the case page (a button in a form, so the
 * pipeline's same-origin check holds) through the staff route pipeline, then the case access
 * rule; each download is audited (lib/support/documents/staff.ts).
 */
export async function POST(request: Request, { params }: Context) {
  const { id, doc } = await params;
  return staffRoute({ permissions: [DOCUMENTS_PERMISSION], entity: 'SupportDocument' }, async (_request, staff) => {
    const found = await staffDocument(staff, id, doc);
    const body = found ? await (await fileStore()).open(found.storageKey) : null;
    if (!found || !body) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
    return attachmentResponse(body, found);
  })(request);
}
