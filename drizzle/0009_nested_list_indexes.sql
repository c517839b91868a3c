DROP INDEX "articles_reprint_of_idx";--> statement-breakpoint
CREATE INDEX "violations_account_reported_idx" ON "violations" USING btree ("account_id","reported_at","id");--> statement-breakpoint
CREATE INDEX "articles_reprint_of_idx" ON "articles" USING btree ("reprint_of_id","published_at","id");