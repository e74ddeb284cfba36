-- AlterTable
ALTER TABLE "NewsletterIssue" ADD COLUMN "publishAt" DATETIME;

-- CreateIndex
CREATE INDEX "NewsletterIssue_publishAt_idx" ON "NewsletterIssue"("publishAt");

