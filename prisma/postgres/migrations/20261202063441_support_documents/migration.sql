-- CreateTable
CREATE TABLE "SupportDocument" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "storageKey" TEXT,
    "displayName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT,
    "convertedFrom" TEXT,
    "failure" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "SupportDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SupportDocument_storageKey_key" ON "SupportDocument"("storageKey");

-- CreateIndex
CREATE INDEX "SupportDocument_applicationId_createdAt_idx" ON "SupportDocument"("applicationId", "createdAt");

-- AddForeignKey
ALTER TABLE "SupportDocument" ADD CONSTRAINT "SupportDocument_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "SupportApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

