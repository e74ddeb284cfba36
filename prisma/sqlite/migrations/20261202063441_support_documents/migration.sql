-- CreateTable
CREATE TABLE "SupportDocument" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "storageKey" TEXT,
    "displayName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT,
    "convertedFrom" TEXT,
    "failure" TEXT,
    "createdAt" DATETIME NOT NULL,
    "removedAt" DATETIME,
    CONSTRAINT "SupportDocument_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "SupportApplication" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "SupportDocument_storageKey_key" ON "SupportDocument"("storageKey");

-- CreateIndex
CREATE INDEX "SupportDocument_applicationId_createdAt_idx" ON "SupportDocument"("applicationId", "createdAt");

