import { db } from '@/lib/db';
import { canonicalList } from '@/lib/classes/lottery/algorithm';
import { lotteryRecord } from '@/lib/classes/lottery/public-record';

/** The frozen list of a lottery section, byte for byte what its published hash covers (docs/decisions/024). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const record = await lotteryRecord(db, id);
  if (!record?.entries) return new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(canonicalList(record.entries), {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-disposition': 'attachment; filename="list.txt"', 'cache-control': 'public, max-age=60' },
  });
}
