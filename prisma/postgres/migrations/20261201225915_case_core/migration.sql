-- Case core (docs/decisions/010): statuses belong to each kind of case, checked by lib/cases,
-- so the shared enum becomes text, keeping every value.
DROP INDEX "Case_kind_status_idx";
DROP INDEX "Case_assigneeId_status_idx";
ALTER TABLE "Case" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Case" ALTER COLUMN "status" TYPE TEXT USING "status"::text;
ALTER TABLE "CaseEvent" ALTER COLUMN "fromStatus" TYPE TEXT USING "fromStatus"::text;
ALTER TABLE "CaseEvent" ALTER COLUMN "toStatus" TYPE TEXT USING "toStatus"::text;
DROP TYPE "CaseStatus";
CREATE INDEX "Case_kind_status_idx" ON "Case"("kind", "status");
CREATE INDEX "Case_assigneeId_status_idx" ON "Case"("assigneeId", "status");

ALTER TABLE "Case" ADD COLUMN "pendingAssigneeId" TEXT;
ALTER TABLE "Case" ADD CONSTRAINT "Case_pendingAssigneeId_fkey" FOREIGN KEY ("pendingAssigneeId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Drafts and one-time codes of any service.
CREATE TABLE "FormDraft" (
    "id" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "FormDraft_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "FormDraft_expiresAt_idx" ON "FormDraft"("expiresAt");

CREATE TABLE "OneTimeCode" (
    "id" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "subjectId" TEXT,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "data" JSONB,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OneTimeCode_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "OneTimeCode_purpose_subjectId_idx" ON "OneTimeCode"("purpose", "subjectId");
CREATE INDEX "OneTimeCode_expiresAt_idx" ON "OneTimeCode"("expiresAt");

-- Booking drafts in progress move over, so nobody halfway through a booking loses it.
INSERT INTO "FormDraft" ("id", "purpose", "values", "expiresAt", "createdAt", "updatedAt")
SELECT "id", 'consultation-booking',
       jsonb_build_object('locale', "locale", 'topicId', "topicId", 'language', "language", 'channel', "channel"::text, 'slotId', "slotId", 'answers', COALESCE("values", '{}'::jsonb)),
       "expiresAt", "createdAt", "updatedAt"
FROM "ConsultationDraft";

-- Codes live ten minutes: one in flight is asked for again.
DROP TABLE "ConsultationDraft";
DROP TABLE "ConsultationAccessCode";
