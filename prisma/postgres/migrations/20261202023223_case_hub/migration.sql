-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "centerId" TEXT,
ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "interpreterNeeded" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "language" TEXT;

-- CreateTable
CREATE TABLE "CaseQueueView" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "filters" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseQueueView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseQueueView_ownerId_idx" ON "CaseQueueView"("ownerId");

-- CreateIndex
CREATE INDEX "CaseQueueView_shared_idx" ON "CaseQueueView"("shared");

-- CreateIndex
CREATE INDEX "Resident_phone_idx" ON "Resident"("phone");

-- CreateIndex
CREATE INDEX "Resident_nationality_idx" ON "Resident"("nationality");

-- CreateIndex
CREATE INDEX "Case_createdAt_id_idx" ON "Case"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Case_updatedAt_id_idx" ON "Case"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "Case_status_createdAt_id_idx" ON "Case"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Case_assigneeId_createdAt_id_idx" ON "Case"("assigneeId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Case_pendingAssigneeId_createdAt_id_idx" ON "Case"("pendingAssigneeId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Case_language_createdAt_id_idx" ON "Case"("language", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Case_kind_createdAt_id_idx" ON "Case"("kind", "createdAt", "id");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_centerId_fkey" FOREIGN KEY ("centerId") REFERENCES "Center"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseQueueView" ADD CONSTRAINT "CaseQueueView_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill (docs/decisions/017): consultations carry their language, interpreter, centre and,
-- while scheduled, the appointment as the next deadline; other cases their locale as language.
UPDATE "Case" SET
  "language" = (SELECT b."language" FROM "ConsultationBooking" b WHERE b."caseId" = "Case"."id"),
  "interpreterNeeded" = (SELECT b."interpreterNeeded" FROM "ConsultationBooking" b WHERE b."caseId" = "Case"."id"),
  "centerId" = (SELECT b."centerId" FROM "ConsultationBooking" b WHERE b."caseId" = "Case"."id"),
  "dueAt" = CASE WHEN "Case"."status" = 'SCHEDULED' THEN (SELECT b."startsAt" FROM "ConsultationBooking" b WHERE b."caseId" = "Case"."id") ELSE NULL END
WHERE EXISTS (SELECT 1 FROM "ConsultationBooking" b WHERE b."caseId" = "Case"."id");
UPDATE "Case" SET "language" = "locale" WHERE "language" IS NULL;
