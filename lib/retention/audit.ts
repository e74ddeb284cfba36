import type { Db } from '@/lib/db/client';
import { before, permissionAuditActions, retention } from './periods';

/**
 * Deletes audit entries past their retention: the only code that removes AuditLog rows. The
 * database triggers let a DELETE through only while this transaction holds an open AuditPurge
 * row, and only for rows older than its cutoffs; the purge row, closed in the same transaction,
 * records when and how many.
 */
export async function purgeAuditLog(db: Db, now: Date): Promise<number> {
  const accessBefore = before(now, retention.accessAuditMs);
  const permissionBefore = before(now, retention.permissionAuditMs);
  return db.$transaction(async (tx) => {
    const purge = await tx.auditPurge.create({ data: { accessBefore, permissionBefore }, select: { id: true } });
    const { count } = await tx.auditLog.deleteMany({
      where: {
        OR: [
          { action: { in: [...permissionAuditActions] }, at: { lt: permissionBefore } },
          { action: { notIn: [...permissionAuditActions] }, at: { lt: accessBefore } },
        ],
      },
    });
    await tx.auditPurge.update({ where: { id: purge.id }, data: { open: false, deleted: count, finishedAt: now } });
    return count;
  });
}
