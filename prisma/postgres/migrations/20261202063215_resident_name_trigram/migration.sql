-- PostgreSQL only (docs/decisions/023): the queue's name search is `name ILIKE '%...%'`, which no
-- B-tree can answer; at a million cases it was a sequential scan of Resident (465 ms p50). A
-- trigram GIN index answers ILIKE with a bitmap scan. pg_trgm keeps non-ASCII letters (Khmer,
-- Hangul, Cyrillic) only when the database's LC_CTYPE is a UTF-8 locale (C.UTF-8, ko_KR.UTF-8);
-- under plain "C" it drops them and the index cannot narrow such a search (it stays correct, not
-- fast). tests/integration/name-search.test.ts checks the plan for names in those scripts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Resident_name_trgm_idx" ON "Resident" USING GIN ("name" gin_trgm_ops);
