-- CreateTable
CREATE TABLE "ClassAttendance" (
    "id" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "lessonOn" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClassAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClassAttendance_enrolmentId_lessonOn_key" ON "ClassAttendance"("enrolmentId", "lessonOn");

-- AddForeignKey
ALTER TABLE "ClassAttendance" ADD CONSTRAINT "ClassAttendance_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "ClassEnrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

