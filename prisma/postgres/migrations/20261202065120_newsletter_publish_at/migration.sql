-- AlterTable
ALTER TABLE "NewsletterIssue" ADD COLUMN     "publishAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "NewsletterIssue_publishAt_idx" ON "NewsletterIssue"("publishAt");

