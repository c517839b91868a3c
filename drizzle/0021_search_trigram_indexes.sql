-- Search for moderators (issue 15, item 13), hand-written: drizzle-kit does not write extensions
-- or expression indexes with operator classes. search.service.ts uses each index below by its exact
-- expression; change both together.
--
-- Substring matching (ILIKE '%…%') of 3 or more characters reads the trigram (pg_trgm) GIN
-- indexes on the columns. A 2-character query has no trigram of its own, so it reads a second
-- trigram index over the text with every character doubled ("性能" → "性性能能"): a 2-character
-- substring of the text is a 4-character substring of the doubled text, which has trigrams.
-- Exact and prefix matches read btree indexes on lower(column) (text_pattern_ops, so a prefix is
-- a range); a common word walks the (length, time, id) indexes in the order the results are shown.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "accounts_name_trgm_idx" ON "accounts" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "accounts_name_pairs_trgm_idx" ON "accounts" USING gin ((regexp_replace("name", '(.)', '\1\1', 'g')) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "accounts_original_id_trgm_idx" ON "accounts" USING gin ("original_id" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "accounts_name_lower_idx" ON "accounts" USING btree (lower("name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "accounts_original_id_lower_idx" ON "accounts" USING btree (lower("original_id") text_pattern_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "accounts_name_length_idx" ON "accounts" USING btree (char_length("name"), "created_at" DESC, "id" DESC);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "articles_title_trgm_idx" ON "articles" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "articles_title_pairs_trgm_idx" ON "articles" USING gin ((regexp_replace("title", '(.)', '\1\1', 'g')) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "articles_body_trgm_idx" ON "articles" USING gin ("body" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "articles_body_pairs_trgm_idx" ON "articles" USING gin ((regexp_replace("body", '(.)', '\1\1', 'g')) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "articles_title_lower_idx" ON "articles" USING btree (lower("title") text_pattern_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "articles_title_length_idx" ON "articles" USING btree (char_length("title"), "published_at" DESC, "id" DESC);
