-- CreateTable
CREATE TABLE "CaseQueueView" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "filters" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CaseQueueView_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "StaffUser" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Case" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "residentId" TEXT NOT NULL,
    "serviceId" TEXT,
    "assigneeId" TEXT,
    "pendingAssigneeId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "closedAt" DATETIME,
    "language" TEXT,
    "interpreterNeeded" BOOLEAN NOT NULL DEFAULT false,
    "centerId" TEXT,
    "dueAt" DATETIME,
    CONSTRAINT "Case_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Case_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Case_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Case_pendingAssigneeId_fkey" FOREIGN KEY ("pendingAssigneeId") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Case_centerId_fkey" FOREIGN KEY ("centerId") REFERENCES "Center" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Case" ("assigneeId", "closedAt", "createdAt", "id", "kind", "locale", "pendingAssigneeId", "reference", "residentId", "serviceId", "status", "updatedAt") SELECT "assigneeId", "closedAt", "createdAt", "id", "kind", "locale", "pendingAssigneeId", "reference", "residentId", "serviceId", "status", "updatedAt" FROM "Case";
DROP TABLE "Case";
ALTER TABLE "new_Case" RENAME TO "Case";
CREATE UNIQUE INDEX "Case_reference_key" ON "Case"("reference");
CREATE INDEX "Case_residentId_idx" ON "Case"("residentId");
CREATE INDEX "Case_kind_status_idx" ON "Case"("kind", "status");
CREATE INDEX "Case_assigneeId_status_idx" ON "Case"("assigneeId", "status");
CREATE INDEX "Case_createdAt_id_idx" ON "Case"("createdAt", "id");
CREATE INDEX "Case_updatedAt_id_idx" ON "Case"("updatedAt", "id");
CREATE INDEX "Case_status_createdAt_id_idx" ON "Case"("status", "createdAt", "id");
CREATE INDEX "Case_assigneeId_createdAt_id_idx" ON "Case"("assigneeId", "createdAt", "id");
CREATE INDEX "Case_pendingAssigneeId_createdAt_id_idx" ON "Case"("pendingAssigneeId", "createdAt", "id");
CREATE INDEX "Case_language_createdAt_id_idx" ON "Case"("language", "createdAt", "id");
CREATE INDEX "Case_kind_createdAt_id_idx" ON "Case"("kind", "createdAt", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CaseQueueView_ownerId_idx" ON "CaseQueueView"("ownerId");

-- CreateIndex
CREATE INDEX "CaseQueueView_shared_idx" ON "CaseQueueView"("shared");

-- CreateIndex
CREATE INDEX "Resident_phone_idx" ON "Resident"("phone");

-- CreateIndex
CREATE INDEX "Resident_nationality_idx" ON "Resident"("nationality");


-- Backfill (docs/decisions/017): consultations carry their language, interpreter, centre and,
-- while scheduled, the appointment as the next deadline; other cases their locale as language.
UPDATE "Case" SET
  "language" = (SELECT b."language" FROM "ConsultationBooking" b WHERE b."caseId" = "Case"."id"),
  "interpreterNeeded" = (SELECT b."interpreterNeeded" FROM "ConsultationBooking" b WHERE b."caseId" = "Case"."id"),
  "centerId" = (SELECT b."centerId" FROM "ConsultationBooking" b WHERE b."caseId" = "Case"."id"),
  "dueAt" = CASE WHEN "Case"."status" = 'SCHEDULED' THEN (SELECT b."startsAt" FROM "ConsultationBooking" b WHERE b."caseId" = "Case"."id") ELSE NULL END
WHERE EXISTS (SELECT 1 FROM "ConsultationBooking" b WHERE b."caseId" = "Case"."id");
UPDATE "Case" SET "language" = "locale" WHERE "language" IS NULL;
