-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "staffHtml" TEXT;
ALTER TABLE "OutboxMessage" ADD COLUMN "staffSubject" TEXT;
ALTER TABLE "OutboxMessage" ADD COLUMN "staffText" TEXT;

