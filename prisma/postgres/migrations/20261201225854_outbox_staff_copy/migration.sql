-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "staffHtml" TEXT,
ADD COLUMN     "staffSubject" TEXT,
ADD COLUMN     "staffText" TEXT;

