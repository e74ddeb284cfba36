-- CreateTable
CREATE TABLE "SupportInfoRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "request" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "requestedAt" DATETIME NOT NULL,
    "requestedById" TEXT NOT NULL,
    "pausedDueAt" DATETIME,
    "answeredAt" DATETIME,
    "answerSealed" TEXT,
    CONSTRAINT "SupportInfoRequest_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "SupportApplication" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SupportInfoRequest_caseId_answeredAt_idx" ON "SupportInfoRequest"("caseId", "answeredAt");

