import type { Db } from '@/lib/db/client';

/** Sessions, verification rows and throttle counters that have expired: nothing reads them again. */
export async function deleteExpiredSignInRecords(db: Db, now: Date) {
  const [residentSessions, staffSessions, residentVerifications, staffVerifications, throttles] = await Promise.all([
    db.residentSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.staffSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.residentVerification.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.staffVerification.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.rateLimiterFlexible.deleteMany({ where: { expire: { lt: now } } }),
  ]);
  return {
    sessions: residentSessions.count + staffSessions.count,
    verifications: residentVerifications.count + staffVerifications.count,
    throttles: throttles.count,
  };
}
