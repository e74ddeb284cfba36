-- CreateEnum
CREATE TYPE "ConsultationChannel" AS ENUM ('VISIT', 'PHONE', 'VIDEO');

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('BOOKED', 'CHECKED_IN', 'COMPLETED', 'NO_SHOW', 'CANCELLED');

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "attachments" JSONB;

-- CreateTable
CREATE TABLE "ConsultationTopic" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsultationTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CounsellorSchedule" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CounsellorSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationClosure" (
    "id" TEXT NOT NULL,
    "centerId" TEXT,
    "counsellorId" TEXT,
    "startsOn" TEXT NOT NULL,
    "endsOn" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationClosure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationSlot" (
    "id" TEXT NOT NULL,
    "scheduleId" TEXT,
    "counsellorId" TEXT NOT NULL,
    "centerId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "booked" INTEGER NOT NULL DEFAULT 0,
    "channels" JSONB NOT NULL,
    "topics" JSONB NOT NULL,
    "languages" JSONB NOT NULL,
    "closed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsultationSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationBooking" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "slotId" TEXT,
    "counsellorId" TEXT NOT NULL,
    "centerId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "status" "BookingStatus" NOT NULL DEFAULT 'BOOKED',
    "channel" "ConsultationChannel" NOT NULL,
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
    "reminderQueuedAt" TIMESTAMP(3),
    "checkedInAt" TIMESTAMP(3),
    "outcome" TEXT,
    "followUpOn" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsultationBooking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationDraft" (
    "id" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "channel" "ConsultationChannel" NOT NULL,
    "slotId" TEXT NOT NULL,
    "values" JSONB,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsultationDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationAccessCode" (
    "id" TEXT NOT NULL,
    "bookingId" TEXT,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationAccessCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" TEXT NOT NULL,
    "job" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "instance" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "result" JSONB,
    "error" TEXT,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "ConsultationTopic" ADD CONSTRAINT "ConsultationTopic_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounsellorSchedule" ADD CONSTRAINT "CounsellorSchedule_counsellorId_fkey" FOREIGN KEY ("counsellorId") REFERENCES "StaffUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounsellorSchedule" ADD CONSTRAINT "CounsellorSchedule_centerId_fkey" FOREIGN KEY ("centerId") REFERENCES "Center"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationClosure" ADD CONSTRAINT "ConsultationClosure_centerId_fkey" FOREIGN KEY ("centerId") REFERENCES "Center"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationClosure" ADD CONSTRAINT "ConsultationClosure_counsellorId_fkey" FOREIGN KEY ("counsellorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationSlot" ADD CONSTRAINT "ConsultationSlot_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "CounsellorSchedule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationSlot" ADD CONSTRAINT "ConsultationSlot_counsellorId_fkey" FOREIGN KEY ("counsellorId") REFERENCES "StaffUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationSlot" ADD CONSTRAINT "ConsultationSlot_centerId_fkey" FOREIGN KEY ("centerId") REFERENCES "Center"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationBooking" ADD CONSTRAINT "ConsultationBooking_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationBooking" ADD CONSTRAINT "ConsultationBooking_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "ConsultationTopic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationBooking" ADD CONSTRAINT "ConsultationBooking_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "ConsultationSlot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationBooking" ADD CONSTRAINT "ConsultationBooking_counsellorId_fkey" FOREIGN KEY ("counsellorId") REFERENCES "StaffUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationBooking" ADD CONSTRAINT "ConsultationBooking_centerId_fkey" FOREIGN KEY ("centerId") REFERENCES "Center"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written: the last guard against selling a seat twice (lib/consultations/booking.ts).
ALTER TABLE "ConsultationSlot" ADD CONSTRAINT "ConsultationSlot_seats_check" CHECK ("booked" >= 0 AND "booked" <= "capacity");
