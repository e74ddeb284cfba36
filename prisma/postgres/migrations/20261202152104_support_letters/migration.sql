-- CreateTable
CREATE TABLE "SupportLetter" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "textVersion" TEXT,
    "textHash" TEXT,
    "storageKey" TEXT,
    "size" INTEGER,
    "sha256" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "renderedAt" TIMESTAMP(3),

    CONSTRAINT "SupportLetter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SupportLetter_eventId_key" ON "SupportLetter"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "SupportLetter_storageKey_key" ON "SupportLetter"("storageKey");

-- CreateIndex
CREATE INDEX "SupportLetter_caseId_createdAt_idx" ON "SupportLetter"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "SupportLetter_status_nextAttemptAt_idx" ON "SupportLetter"("status", "nextAttemptAt");

