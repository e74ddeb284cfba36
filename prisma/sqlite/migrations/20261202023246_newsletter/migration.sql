-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "headers" JSONB;

-- CreateTable
CREATE TABLE "NewsletterIssue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "issuedOn" DATETIME NOT NULL,
    "title" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "sendFrom" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "NewsletterArticle" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "issueId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "sourceLocale" TEXT NOT NULL DEFAULT 'ko',
    "sourceRevision" INTEGER NOT NULL DEFAULT 1,
    "sourceChangedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "image" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "NewsletterArticle_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "NewsletterIssue" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NewsletterVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "imageAlt" TEXT,
    "imageCaption" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "sourceRevision" INTEGER NOT NULL,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "NewsletterVersion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "NewsletterArticle" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NewsletterSearchTerm" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "term" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    CONSTRAINT "NewsletterSearchTerm_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "NewsletterVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NewsletterSubscriber" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "linkVersion" INTEGER NOT NULL DEFAULT 1,
    "confirmedAt" DATETIME,
    "unsubscribedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "NewsletterSend" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "issueId" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "outboxId" TEXT,
    "queuedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "NewsletterSend_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "NewsletterIssue" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NewsletterSend_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "NewsletterSubscriber" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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

