-- CreateTable
CREATE TABLE "ClassCourse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "level" TEXT NOT NULL,
    "hours" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "ClassTerm" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "startsOn" DATETIME NOT NULL,
    "endsOn" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ClassSection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "termId" TEXT NOT NULL,
    "centerId" TEXT NOT NULL,
    "days" JSONB NOT NULL,
    "startTime" TEXT NOT NULL,
    "endTime" TEXT NOT NULL,
    "teacher" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "taken" INTEGER NOT NULL DEFAULT 0,
    "opensAt" DATETIME NOT NULL,
    "closesAt" DATETIME NOT NULL,
    "eligibility" TEXT NOT NULL DEFAULT 'ANY_ADULT',
    "cancelled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ClassSection_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "ClassCourse" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ClassSection_termId_fkey" FOREIGN KEY ("termId") REFERENCES "ClassTerm" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ClassSection_centerId_fkey" FOREIGN KEY ("centerId") REFERENCES "Center" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    -- Hand-written (docs/decisions/016): the last guard against giving away a seat twice.
    CONSTRAINT "ClassSection_seats_check" CHECK ("taken" >= 0 AND "taken" <= "capacity")
);

-- CreateTable
CREATE TABLE "ClassEnrolment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "residentId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "requestKey" TEXT NOT NULL,
    "activeSectionKey" TEXT,
    "activeLevelKey" TEXT,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "offerExpiresAt" DATETIME,
    "locale" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ClassEnrolment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ClassEnrolment_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "ClassSection" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ClassCourse_level_key" ON "ClassCourse"("level");

-- CreateIndex
CREATE UNIQUE INDEX "ClassTerm_slug_key" ON "ClassTerm"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ClassTerm_year_number_key" ON "ClassTerm"("year", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ClassSection_code_key" ON "ClassSection"("code");

-- CreateIndex
CREATE INDEX "ClassSection_termId_courseId_idx" ON "ClassSection"("termId", "courseId");

-- CreateIndex
CREATE UNIQUE INDEX "ClassEnrolment_caseId_key" ON "ClassEnrolment"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "ClassEnrolment_requestKey_key" ON "ClassEnrolment"("requestKey");

-- CreateIndex
CREATE UNIQUE INDEX "ClassEnrolment_activeSectionKey_key" ON "ClassEnrolment"("activeSectionKey");

-- CreateIndex
CREATE UNIQUE INDEX "ClassEnrolment_activeLevelKey_key" ON "ClassEnrolment"("activeLevelKey");

-- CreateIndex
CREATE INDEX "ClassEnrolment_sectionId_status_joinedAt_idx" ON "ClassEnrolment"("sectionId", "status", "joinedAt");

