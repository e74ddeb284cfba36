-- Case core (docs/decisions/010). Case.status and CaseEvent.fromStatus/toStatus were an enum,
-- which SQLite already stores as TEXT: only the pending assignee is new. The Case table is not
-- redefined, since dropping it would cascade to its events inside the migration's transaction.
ALTER TABLE "Case" ADD COLUMN "pendingAssigneeId" TEXT REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Drafts and one-time codes of any service.
CREATE TABLE "FormDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "purpose" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
CREATE INDEX "FormDraft_expiresAt_idx" ON "FormDraft"("expiresAt");

CREATE TABLE "OneTimeCode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "purpose" TEXT NOT NULL,
    "subjectId" TEXT,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "data" JSONB,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "OneTimeCode_purpose_subjectId_idx" ON "OneTimeCode"("purpose", "subjectId");
CREATE INDEX "OneTimeCode_expiresAt_idx" ON "OneTimeCode"("expiresAt");

-- Booking drafts in progress move over, so nobody halfway through a booking loses it.
INSERT INTO "FormDraft" ("id", "purpose", "values", "expiresAt", "createdAt", "updatedAt")
SELECT "id", 'consultation-booking',
       json_object('locale', "locale", 'topicId', "topicId", 'language', "language", 'channel', "channel", 'slotId', "slotId", 'answers', json(COALESCE("values", '{}'))),
       "expiresAt", "createdAt", "updatedAt"
FROM "ConsultationDraft";

-- Codes live ten minutes: one in flight is asked for again.
DROP INDEX "ConsultationDraft_expiresAt_idx";
DROP INDEX "ConsultationAccessCode_expiresAt_idx";
DROP TABLE "ConsultationDraft";
DROP TABLE "ConsultationAccessCode";
