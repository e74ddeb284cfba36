export const dynamic = 'force-dynamic';

/** Liveness: the process answers. Touches no database, so a slow or absent one never restarts a healthy process. */
export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
