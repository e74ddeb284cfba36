import { staffRoute } from '@/lib/actions/staff-route';
import { exportQueue } from '@/lib/hub/export/export-queue';

export const dynamic = 'force-dynamic';

/**
 * The filtered queue as CSV (docs/decisions/023), through the staff route pipeline (same origin,
 * session with second factor, `export:create`): the file, or back to the form for a reason.
 */
export const POST = staffRoute({ permissions: ['export:create'], entity: 'Case' }, async (request, staff) => {
  const result = await exportQueue(staff, await request.formData());
  if (result.kind === 'forbidden') return new Response('Forbidden', { status: 403 });
  if (result.kind === 'reasonMissing') return new Response(null, { status: 303, headers: { Location: result.back } });
  return new Response(result.stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="cases-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
