-- CreateTable
CREATE TABLE "ClassAttendance" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "enrolmentId" TEXT NOT NULL,
    "lessonOn" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    CONSTRAINT "ClassAttendance_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "ClassEnrolment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ClassAttendance_enrolmentId_lessonOn_key" ON "ClassAttendance"("enrolmentId", "lessonOn");

