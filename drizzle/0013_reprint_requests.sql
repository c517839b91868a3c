CREATE TABLE "reprint_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_article_id" uuid NOT NULL,
	"source_account_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"note" text,
	"status" text NOT NULL,
	"requested_by_id" uuid,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"used_at" timestamp with time zone,
	"reprint_id" uuid
);
--> statement-breakpoint
ALTER TABLE "reprint_requests" ADD CONSTRAINT "reprint_requests_source_article_id_articles_id_fk" FOREIGN KEY ("source_article_id") REFERENCES "public"."articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reprint_requests" ADD CONSTRAINT "reprint_requests_source_account_id_accounts_id_fk" FOREIGN KEY ("source_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reprint_requests" ADD CONSTRAINT "reprint_requests_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reprint_requests" ADD CONSTRAINT "reprint_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reprint_requests" ADD CONSTRAINT "reprint_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reprint_requests" ADD CONSTRAINT "reprint_requests_reprint_id_articles_id_fk" FOREIGN KEY ("reprint_id") REFERENCES "public"."articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reprint_requests_one_open_uq" ON "reprint_requests" USING btree ("source_article_id","account_id") WHERE "reprint_requests"."status" in ('PENDING', 'GRANTED');--> statement-breakpoint
CREATE INDEX "reprint_requests_account_requested_idx" ON "reprint_requests" USING btree ("account_id","requested_at","id");--> statement-breakpoint
CREATE INDEX "reprint_requests_source_account_requested_idx" ON "reprint_requests" USING btree ("source_account_id","requested_at","id");--> statement-breakpoint
-- Open reprint (开放转载, seed 004): from 2018-06-27 an OPEN article (or a WHITELIST one, for its
-- listed accounts) is reprinted directly; before, every reprint needed the author's granted request.
INSERT INTO platform_rules (key, value, effective_from, note) VALUES
  ('article.reprint.openWithoutRequest', 'false', '2012-08-18T00:00:00+08:00', 'Before open reprint every reprint needs a granted request (seed 004)'),
  ('article.reprint.openWithoutRequest', 'true', '2018-06-27T00:00:00+08:00', 'Open reprint: OPEN articles are reprinted with no confirmation (seed 004)');
