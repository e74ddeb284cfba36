-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "secretsRemovedAt" DATETIME;

-- CreateTable
CREATE TABLE "AuditPurge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "accessBefore" DATETIME NOT NULL,
    "permissionBefore" DATETIME NOT NULL,
    "open" BOOLEAN NOT NULL DEFAULT true,
    "deleted" INTEGER NOT NULL DEFAULT 0,
    "finishedAt" DATETIME
);


-- Written by hand: the audit log stays append-only, except for rows past their retention inside
-- the retention job's own transaction, which holds an open AuditPurge row (lib/retention/audit.ts).
-- Permission changes are kept 3 years, everything else 2 years (SECURITY 21).
DROP TRIGGER "AuditLog_no_delete";
CREATE TRIGGER "AuditLog_no_delete" BEFORE DELETE ON "AuditLog"
WHEN NOT EXISTS (
  SELECT 1 FROM "AuditPurge" p
  WHERE p."open" = 1
    AND OLD."at" < CASE WHEN OLD."action" IN ('permission_change', 'staff_invited', 'staff_disabled') THEN p."permissionBefore" ELSE p."accessBefore" END
)
BEGIN SELECT RAISE(ABORT, 'AuditLog is append-only'); END;
