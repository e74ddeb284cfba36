import { db } from '@/lib/db';
import { checkReadiness } from '@/lib/health/readiness';

export const dynamic = 'force-dynamic';

/** Readiness, for the load balancer: 200 when the schema and migration ledger are this build's and the database answers, 503 otherwise. */
export async function GET() {
  const readiness = await checkReadiness(db);
  return Response.json({ status: readiness.ok ? 'ok' : 'unavailable', ...readiness }, { status: readiness.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
