CREATE TABLE "account_operators" (
	"account_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_operators_account_id_user_id_pk" PRIMARY KEY("account_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "account_records" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"region" text NOT NULL,
	"responsible_person" text NOT NULL,
	"contact_phone" text NOT NULL,
	"filing_number" text,
	"filed_on" date,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "account_records_filing_number_unique" UNIQUE("filing_number")
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"original_id" text NOT NULL,
	"app_id" text NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"follower_count" bigint DEFAULT 0 NOT NULL,
	"read_count" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "accounts_original_id_unique" UNIQUE("original_id"),
	CONSTRAINT "accounts_app_id_unique" UNIQUE("app_id")
);
--> statement-breakpoint
CREATE TABLE "quota_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_id" uuid NOT NULL,
	"requested_quota" integer NOT NULL,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"filed_by_id" uuid,
	"filed_at" timestamp with time zone NOT NULL,
	"preliminary_by_id" uuid,
	"preliminary_at" timestamp with time zone,
	"preliminary_note" text,
	"authority_by_id" uuid,
	"authority_at" timestamp with time zone,
	"authority_name" text,
	"authority_reference" text,
	"granted_quota" integer,
	"rejected_at" timestamp with time zone,
	"rejection_reason" text
);
--> statement-breakpoint
CREATE TABLE "subjects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"organization_category" text,
	"name" text NOT NULL,
	"id_number" text NOT NULL,
	"contact_name" text,
	"contact_phone" text,
	"granted_quota" integer,
	"owner_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "subjects_id_number_unique" UNIQUE("id_number")
);
--> statement-breakpoint
ALTER TABLE "account_operators" ADD CONSTRAINT "account_operators_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_operators" ADD CONSTRAINT "account_operators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_records" ADD CONSTRAINT "account_records_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_requests" ADD CONSTRAINT "quota_requests_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_requests" ADD CONSTRAINT "quota_requests_filed_by_id_users_id_fk" FOREIGN KEY ("filed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_requests" ADD CONSTRAINT "quota_requests_preliminary_by_id_users_id_fk" FOREIGN KEY ("preliminary_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_requests" ADD CONSTRAINT "quota_requests_authority_by_id_users_id_fk" FOREIGN KEY ("authority_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subjects" ADD CONSTRAINT "subjects_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_operators_user_idx" ON "account_operators" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "account_records_region_idx" ON "account_records" USING btree ("region");--> statement-breakpoint
CREATE INDEX "accounts_subject_idx" ON "accounts" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "accounts_created_idx" ON "accounts" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "accounts_name_idx" ON "accounts" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "accounts_kind_created_idx" ON "accounts" USING btree ("kind","created_at");--> statement-breakpoint
CREATE INDEX "quota_requests_status_filed_idx" ON "quota_requests" USING btree ("status","filed_at","id");--> statement-breakpoint
CREATE INDEX "quota_requests_subject_idx" ON "quota_requests" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "quota_requests_filed_idx" ON "quota_requests" USING btree ("filed_at","id");--> statement-breakpoint
CREATE INDEX "subjects_created_idx" ON "subjects" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "subjects_owner_idx" ON "subjects" USING btree ("owner_id");