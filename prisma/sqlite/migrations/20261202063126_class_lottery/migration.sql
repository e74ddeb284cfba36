-- CreateTable
CREATE TABLE "ClassLottery" (
    "sectionId" TEXT NOT NULL PRIMARY KEY,
    "seedHash" TEXT NOT NULL,
    "seed" TEXT NOT NULL,
    "committedAt" DATETIME NOT NULL,
    "listHash" TEXT,
    "entries" JSONB,
    "frozenAt" DATETIME,
    "drawOrder" JSONB,
    "drawnAt" DATETIME,
    CONSTRAINT "ClassLottery_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "ClassSection" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

