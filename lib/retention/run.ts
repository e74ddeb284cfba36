import { deleteExpiredCodes } from '@/lib/codes/one-time';
import type { Db } from '@/lib/db/client';
import { deleteExpiredDrafts } from '@/lib/drafts';
import { purgeAuditLog } from './audit';
import { deleteOldMessages, maskDeliveredSecrets } from './messages';
import { before } from './periods';
import { deleteExpiredSignInRecords } from './sign-in-records';

const JOB_RUNS_MS = 30 * 86_400_000;

/**
 * Everything whose purpose has ended, deleted for good (SECURITY 22, docs/decisions/020). The
 * counts are the job run's result, so what was deleted is on record; audit purges are also
 * recorded in AuditPurge, which outlives the job runs.
 */
export async function runRetention(db: Db, now: Date) {
  const drafts = await deleteExpiredDrafts(db, now);
  const codes = await deleteExpiredCodes(db, now);
  const signIn = await deleteExpiredSignInRecords(db, now);
  const secretsMasked = await maskDeliveredSecrets(db, now);
  const messages = await deleteOldMessages(db, now);
  const auditEntries = await purgeAuditLog(db, now);
  const jobRuns = (await db.jobRun.deleteMany({ where: { startedAt: { lt: before(now, JOB_RUNS_MS) }, finishedAt: { not: null } } })).count;
  return { drafts, codes, ...signIn, secretsMasked, messages, auditEntries, jobRuns };
}
