-- CreateIndex
CREATE INDEX "Case_language_status_idx" ON "Case"("language", "status");

