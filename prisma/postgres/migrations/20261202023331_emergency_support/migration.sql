-- CreateTable
CREATE TABLE "SupportProgramme" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupportProgramme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportRuleSet" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "effectiveFrom" TIMESTAMP(3) NOT NULL,
    "rules" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupportRuleSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportPrecheck" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "ruleSetId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "eligible" BOOLEAN NOT NULL,
    "failedRules" JSONB NOT NULL,
    "answers" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupportPrecheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportApplication" (
    "id" TEXT NOT NULL,
    "residentId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "caseId" TEXT,
    "locale" TEXT NOT NULL,
    "ruleSetId" TEXT,
    "decisionRuleSetId" TEXT,
    "answers" JSONB,
    "identifierSealed" TEXT,
    "identifierHash" TEXT,
    "bankSealed" TEXT,
    "healthSealed" TEXT,
    "decidedAmount" INTEGER,
    "decisionReason" TEXT,
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupportApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportConsent" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "textVersion" TEXT NOT NULL,
    "textHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "givenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupportConsent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SupportProgramme_code_key" ON "SupportProgramme"("code");

-- CreateIndex
CREATE UNIQUE INDEX "SupportRuleSet_programmeId_effectiveFrom_key" ON "SupportRuleSet"("programmeId", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "SupportRuleSet_programmeId_version_key" ON "SupportRuleSet"("programmeId", "version");

-- CreateIndex
CREATE INDEX "SupportPrecheck_createdAt_idx" ON "SupportPrecheck"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SupportApplication_draftId_key" ON "SupportApplication"("draftId");

-- CreateIndex
CREATE UNIQUE INDEX "SupportApplication_caseId_key" ON "SupportApplication"("caseId");

-- CreateIndex
CREATE INDEX "SupportApplication_residentId_idx" ON "SupportApplication"("residentId");

-- CreateIndex
CREATE INDEX "SupportApplication_identifierHash_idx" ON "SupportApplication"("identifierHash");

-- CreateIndex
CREATE UNIQUE INDEX "SupportConsent_applicationId_purpose_key" ON "SupportConsent"("applicationId", "purpose");

-- AddForeignKey
ALTER TABLE "SupportRuleSet" ADD CONSTRAINT "SupportRuleSet_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "SupportProgramme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportPrecheck" ADD CONSTRAINT "SupportPrecheck_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "SupportProgramme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportPrecheck" ADD CONSTRAINT "SupportPrecheck_ruleSetId_fkey" FOREIGN KEY ("ruleSetId") REFERENCES "SupportRuleSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportApplication" ADD CONSTRAINT "SupportApplication_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "SupportProgramme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportConsent" ADD CONSTRAINT "SupportConsent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "SupportApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

