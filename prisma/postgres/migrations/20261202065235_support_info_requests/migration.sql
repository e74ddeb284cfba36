-- CreateTable
CREATE TABLE "SupportInfoRequest" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "request" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "requestedById" TEXT NOT NULL,
    "pausedDueAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "answerSealed" TEXT,

    CONSTRAINT "SupportInfoRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupportInfoRequest_caseId_answeredAt_idx" ON "SupportInfoRequest"("caseId", "answeredAt");

-- AddForeignKey
ALTER TABLE "SupportInfoRequest" ADD CONSTRAINT "SupportInfoRequest_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "SupportApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

