-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "secretsRemovedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "AuditPurge" (
    "id" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "accessBefore" TIMESTAMP(3) NOT NULL,
    "permissionBefore" TIMESTAMP(3) NOT NULL,
    "open" BOOLEAN NOT NULL DEFAULT true,
    "deleted" INTEGER NOT NULL DEFAULT 0,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "AuditPurge_pkey" PRIMARY KEY ("id")
);


-- Written by hand: the audit log stays append-only, except for rows past their retention inside
-- the retention job's own transaction, which holds an open AuditPurge row (lib/retention/audit.ts;
-- no other session sees that row before it is closed in the same transaction).
-- Permission changes are kept 3 years, everything else 2 years (SECURITY 21).
CREATE OR REPLACE FUNCTION "audit_log_append_only"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND EXISTS (
    SELECT 1 FROM "AuditPurge" p
    WHERE p."open"
      AND OLD."at" < CASE WHEN OLD."action" IN ('permission_change', 'staff_invited', 'staff_disabled') THEN p."permissionBefore" ELSE p."accessBefore" END
  ) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'AuditLog is append-only';
END;
$$ LANGUAGE plpgsql;
