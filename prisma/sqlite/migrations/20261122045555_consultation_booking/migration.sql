-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "attachments" JSONB;

-- CreateTable
CREATE TABLE "ConsultationTopic" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" JSONB NOT NULL,
    "summary" JSONB NOT NULL,
    "serviceId" TEXT NOT NULL,
    "minNoticeDays" INTEGER NOT NULL DEFAULT 1,
    "horizonDays" INTEGER NOT NULL DEFAULT 28,
    "changeDeadlineDays" INTEGER NOT NULL DEFAULT 1,
    "maxReschedules" INTEGER NOT NULL DEFAULT 2,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ConsultationTopic_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CounsellorSchedule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "counsellorId" TEXT NOT NULL,
    "centerId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startTime" TEXT NOT NULL,
    "endTime" TEXT NOT NULL,
    "slotMinutes" INTEGER NOT NULL DEFAULT 60,
    "capacity" INTEGER NOT NULL DEFAULT 1,
    "channels" JSONB NOT NULL,
    "topics" JSONB NOT NULL,
    "interpreterLanguages" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CounsellorSchedule_counsellorId_fkey" FOREIGN KEY ("counsellorId") REFERENCES "StaffUser" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CounsellorSchedule_centerId_fkey" FOREIGN KEY ("centerId") REFERENCES "Center" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConsultationClosure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "centerId" TEXT,
    "counsellorId" TEXT,
    "startsOn" TEXT NOT NULL,
    "endsOn" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConsultationClosure_centerId_fkey" FOREIGN KEY ("centerId") REFERENCES "Center" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ConsultationClosure_counsellorId_fkey" FOREIGN KEY ("counsellorId") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConsultationSlot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scheduleId" TEXT,
    "counsellorId" TEXT NOT NULL,
    "centerId" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "capacity" INTEGER NOT NULL,
    "booked" INTEGER NOT NULL DEFAULT 0,
    "channels" JSONB NOT NULL,
    "topics" JSONB NOT NULL,
    "languages" JSONB NOT NULL,
    "closed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ConsultationSlot_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "CounsellorSchedule" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ConsultationSlot_counsellorId_fkey" FOREIGN KEY ("counsellorId") REFERENCES "StaffUser" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ConsultationSlot_centerId_fkey" FOREIGN KEY ("centerId") REFERENCES "Center" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    -- Hand-written: the last guard against selling a seat twice (lib/consultations/booking.ts).
    CONSTRAINT "ConsultationSlot_seats_check" CHECK ("booked" >= 0 AND "booked" <= "capacity")
);

-- CreateTable
CREATE TABLE "ConsultationBooking" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "slotId" TEXT,
    "counsellorId" TEXT NOT NULL,
    "centerId" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'BOOKED',
    "channel" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "interpreterNeeded" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "problem" TEXT NOT NULL,
    "walkIn" BOOLEAN NOT NULL DEFAULT false,
    "activeEmailKey" TEXT,
    "activePhoneKey" TEXT,
    "draftId" TEXT,
    "reschedules" INTEGER NOT NULL DEFAULT 0,
    "linkVersion" INTEGER NOT NULL DEFAULT 1,
    "calendarSequence" INTEGER NOT NULL DEFAULT 0,
    "reminderQueuedAt" DATETIME,
    "checkedInAt" DATETIME,
    "outcome" TEXT,
    "followUpOn" TEXT,
    "cancelledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ConsultationBooking_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ConsultationBooking_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "ConsultationTopic" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ConsultationBooking_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "ConsultationSlot" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ConsultationBooking_counsellorId_fkey" FOREIGN KEY ("counsellorId") REFERENCES "StaffUser" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ConsultationBooking_centerId_fkey" FOREIGN KEY ("centerId") REFERENCES "Center" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConsultationDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "locale" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "values" JSONB,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ConsultationAccessCode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bookingId" TEXT,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "job" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "instance" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "result" JSONB,
    "error" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationTopic_slug_key" ON "ConsultationTopic"("slug");

-- CreateIndex
CREATE INDEX "CounsellorSchedule_counsellorId_idx" ON "CounsellorSchedule"("counsellorId");

-- CreateIndex
CREATE INDEX "ConsultationClosure_startsOn_idx" ON "ConsultationClosure"("startsOn");

-- CreateIndex
CREATE INDEX "ConsultationSlot_startsAt_idx" ON "ConsultationSlot"("startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationSlot_counsellorId_startsAt_key" ON "ConsultationSlot"("counsellorId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationBooking_caseId_key" ON "ConsultationBooking"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationBooking_activeEmailKey_key" ON "ConsultationBooking"("activeEmailKey");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationBooking_activePhoneKey_key" ON "ConsultationBooking"("activePhoneKey");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationBooking_draftId_key" ON "ConsultationBooking"("draftId");

-- CreateIndex
CREATE INDEX "ConsultationBooking_startsAt_idx" ON "ConsultationBooking"("startsAt");

-- CreateIndex
CREATE INDEX "ConsultationBooking_counsellorId_startsAt_idx" ON "ConsultationBooking"("counsellorId", "startsAt");

-- CreateIndex
CREATE INDEX "ConsultationBooking_status_startsAt_idx" ON "ConsultationBooking"("status", "startsAt");

-- CreateIndex
CREATE INDEX "ConsultationDraft_expiresAt_idx" ON "ConsultationDraft"("expiresAt");

-- CreateIndex
CREATE INDEX "ConsultationAccessCode_expiresAt_idx" ON "ConsultationAccessCode"("expiresAt");

-- CreateIndex
CREATE INDEX "JobRun_startedAt_idx" ON "JobRun"("startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_job_period_key" ON "JobRun"("job", "period");

