-- CreateTable
CREATE TABLE "ClassLottery" (
    "sectionId" TEXT NOT NULL,
    "seedHash" TEXT NOT NULL,
    "seed" TEXT NOT NULL,
    "committedAt" TIMESTAMP(3) NOT NULL,
    "listHash" TEXT,
    "entries" JSONB,
    "frozenAt" TIMESTAMP(3),
    "drawOrder" JSONB,
    "drawnAt" TIMESTAMP(3),

    CONSTRAINT "ClassLottery_pkey" PRIMARY KEY ("sectionId")
);

-- AddForeignKey
ALTER TABLE "ClassLottery" ADD CONSTRAINT "ClassLottery_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "ClassSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

