CREATE TABLE "article_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"previous_body" text NOT NULL,
	"changed_characters" integer NOT NULL,
	"limit_applied" integer NOT NULL,
	"operations" jsonb NOT NULL,
	"corrected_by_id" uuid,
	"corrected_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "article_reprint_whitelist" (
	"article_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	CONSTRAINT "article_reprint_whitelist_article_id_account_id_pk" PRIMARY KEY("article_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"author" text DEFAULT '' NOT NULL,
	"original" boolean NOT NULL,
	"reprint_policy" text NOT NULL,
	"reprint_of_id" uuid,
	"published_at" timestamp with time zone NOT NULL,
	"corrections_used" integer DEFAULT 0 NOT NULL,
	"blocked_at" timestamp with time zone,
	"blocked_reason" text
);
--> statement-breakpoint
ALTER TABLE "article_corrections" ADD CONSTRAINT "article_corrections_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_corrections" ADD CONSTRAINT "article_corrections_corrected_by_id_users_id_fk" FOREIGN KEY ("corrected_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_reprint_whitelist" ADD CONSTRAINT "article_reprint_whitelist_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_reprint_whitelist" ADD CONSTRAINT "article_reprint_whitelist_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_corrections_article_idx" ON "article_corrections" USING btree ("article_id","corrected_at");--> statement-breakpoint
CREATE INDEX "article_corrections_at_idx" ON "article_corrections" USING btree ("corrected_at");--> statement-breakpoint
CREATE INDEX "articles_account_published_idx" ON "articles" USING btree ("account_id","published_at","id");--> statement-breakpoint
CREATE INDEX "articles_published_idx" ON "articles" USING btree ("published_at","id");--> statement-breakpoint
CREATE INDEX "articles_reprint_of_idx" ON "articles" USING btree ("reprint_of_id","published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_one_reprint_per_account_uq" ON "articles" USING btree ("reprint_of_id","account_id") WHERE "articles"."reprint_of_id" is not null;