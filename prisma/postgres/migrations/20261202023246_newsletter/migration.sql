-- CreateEnum
CREATE TYPE "NewsletterStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "NewsletterSubscriberStatus" AS ENUM ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED');

-- CreateEnum
CREATE TYPE "NewsletterSendStatus" AS ENUM ('PENDING', 'QUEUED');

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "headers" JSONB;

-- CreateTable
CREATE TABLE "NewsletterIssue" (
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "issuedOn" TIMESTAMP(3) NOT NULL,
    "title" JSONB NOT NULL,
    "status" "NewsletterStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "sendFrom" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsletterIssue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsletterArticle" (
    "id" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "sourceLocale" TEXT NOT NULL DEFAULT 'ko',
    "sourceRevision" INTEGER NOT NULL DEFAULT 1,
    "sourceChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "image" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsletterArticle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsletterVersion" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "imageAlt" TEXT,
    "imageCaption" TEXT,
    "status" "NewsletterStatus" NOT NULL DEFAULT 'DRAFT',
    "sourceRevision" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsletterVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsletterSearchTerm" (
    "id" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,

    CONSTRAINT "NewsletterSearchTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsletterSubscriber" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "status" "NewsletterSubscriberStatus" NOT NULL DEFAULT 'PENDING',
    "linkVersion" INTEGER NOT NULL DEFAULT 1,
    "confirmedAt" TIMESTAMP(3),
    "unsubscribedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsletterSubscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsletterSend" (
    "id" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "status" "NewsletterSendStatus" NOT NULL DEFAULT 'PENDING',
    "outboxId" TEXT,
    "queuedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NewsletterSend_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterIssue_number_key" ON "NewsletterIssue"("number");

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterIssue_year_quarter_key" ON "NewsletterIssue"("year", "quarter");

-- CreateIndex
CREATE INDEX "NewsletterArticle_issueId_position_idx" ON "NewsletterArticle"("issueId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterArticle_issueId_slug_key" ON "NewsletterArticle"("issueId", "slug");

-- CreateIndex
CREATE INDEX "NewsletterVersion_locale_status_idx" ON "NewsletterVersion"("locale", "status");

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterVersion_articleId_locale_key" ON "NewsletterVersion"("articleId", "locale");

-- CreateIndex
CREATE INDEX "NewsletterSearchTerm_versionId_idx" ON "NewsletterSearchTerm"("versionId");

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterSearchTerm_term_versionId_key" ON "NewsletterSearchTerm"("term", "versionId");

-- CreateIndex
CREATE INDEX "NewsletterSubscriber_locale_status_idx" ON "NewsletterSubscriber"("locale", "status");

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterSubscriber_email_locale_key" ON "NewsletterSubscriber"("email", "locale");

-- CreateIndex
CREATE INDEX "NewsletterSend_issueId_status_idx" ON "NewsletterSend"("issueId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterSend_issueId_subscriberId_key" ON "NewsletterSend"("issueId", "subscriberId");

-- AddForeignKey
ALTER TABLE "NewsletterArticle" ADD CONSTRAINT "NewsletterArticle_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "NewsletterIssue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsletterVersion" ADD CONSTRAINT "NewsletterVersion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "NewsletterArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsletterSearchTerm" ADD CONSTRAINT "NewsletterSearchTerm_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "NewsletterVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsletterSend" ADD CONSTRAINT "NewsletterSend_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "NewsletterIssue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsletterSend" ADD CONSTRAINT "NewsletterSend_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "NewsletterSubscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

