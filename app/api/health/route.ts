import { checkDatabase } from '@/lib/health/check';

export const dynamic = 'force-dynamic';

/** For load balancers and uptime checks: 200 when the database answers, 503 when it does not. */
export async function GET() {
  const database = await checkDatabase();
  return Response.json({ status: database.ok ? 'ok' : 'unavailable', database }, { status: database.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
