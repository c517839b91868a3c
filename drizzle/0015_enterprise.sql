CREATE TABLE "deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel" text NOT NULL,
	"to" text NOT NULL,
	"body" text NOT NULL,
	"account_id" uuid,
	"follow_id" uuid,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"path" text NOT NULL,
	"depth" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_scope_departments" (
	"account_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	CONSTRAINT "directory_scope_departments_account_id_user_id_department_id_pk" PRIMARY KEY("account_id","user_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "directory_scopes" (
	"account_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"permission" text NOT NULL,
	"granted_by_id" uuid,
	"granted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "directory_scopes_account_id_user_id_pk" PRIMARY KEY("account_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "enterprise_app_departments" (
	"app_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	CONSTRAINT "enterprise_app_departments_app_id_department_id_pk" PRIMARY KEY("app_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "enterprise_apps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_settings" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"two_step_verification" boolean DEFAULT false NOT NULL,
	"failure_message" text,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"follow_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"detail" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"wechat_id" text NOT NULL,
	"bound_mobile" text,
	"member_id" uuid,
	"status" text NOT NULL,
	"method" text,
	"contact" text,
	"code_hash" text,
	"code_expires_at" timestamp with time zone,
	"counters_day" date,
	"wrong_codes" integer DEFAULT 0 NOT NULL,
	"codes_sent" integer DEFAULT 0 NOT NULL,
	"followed_at" timestamp with time zone NOT NULL,
	"verified_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"approved_by_id" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_departments" (
	"member_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	CONSTRAINT "member_departments_member_id_department_id_pk" PRIMARY KEY("member_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"member_id" text NOT NULL,
	"name" text NOT NULL,
	"mobile" text,
	"email" text,
	"wechat_id" text,
	"position" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_follow_id_follows_id_fk" FOREIGN KEY ("follow_id") REFERENCES "public"."follows"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_parent_id_departments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_scope_departments" ADD CONSTRAINT "directory_scope_departments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_scopes" ADD CONSTRAINT "directory_scopes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_scopes" ADD CONSTRAINT "directory_scopes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_scopes" ADD CONSTRAINT "directory_scopes_granted_by_id_users_id_fk" FOREIGN KEY ("granted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_app_departments" ADD CONSTRAINT "enterprise_app_departments_app_id_enterprise_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."enterprise_apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_app_departments" ADD CONSTRAINT "enterprise_app_departments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_apps" ADD CONSTRAINT "enterprise_apps_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_settings" ADD CONSTRAINT "enterprise_settings_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_settings" ADD CONSTRAINT "enterprise_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_events" ADD CONSTRAINT "follow_events_follow_id_follows_id_fk" FOREIGN KEY ("follow_id") REFERENCES "public"."follows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_events" ADD CONSTRAINT "follow_events_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_departments" ADD CONSTRAINT "member_departments_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_departments" ADD CONSTRAINT "member_departments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deliveries_sent_idx" ON "deliveries" USING btree ("sent_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "departments_sibling_name_uq" ON "departments" USING btree ("account_id",coalesce("parent_id", '00000000-0000-0000-0000-000000000000'::uuid),"name");--> statement-breakpoint
CREATE INDEX "departments_account_path_idx" ON "departments" USING btree ("account_id","path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "departments_parent_idx" ON "departments" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "directory_scope_departments_department_idx" ON "directory_scope_departments" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "directory_scopes_user_idx" ON "directory_scopes" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "enterprise_app_departments_department_idx" ON "enterprise_app_departments" USING btree ("department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_apps_name_uq" ON "enterprise_apps" USING btree ("account_id","name");--> statement-breakpoint
CREATE INDEX "follow_events_account_at_idx" ON "follow_events" USING btree ("account_id","at","id");--> statement-breakpoint
CREATE INDEX "follow_events_follow_at_idx" ON "follow_events" USING btree ("follow_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "follows_account_wechat_uq" ON "follows" USING btree ("account_id","wechat_id");--> statement-breakpoint
CREATE INDEX "follows_account_status_idx" ON "follows" USING btree ("account_id","status","followed_at","id");--> statement-breakpoint
CREATE INDEX "follows_account_followed_idx" ON "follows" USING btree ("account_id","followed_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "follows_member_uq" ON "follows" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "member_departments_department_idx" ON "member_departments" USING btree ("department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "members_member_id_uq" ON "members" USING btree ("account_id",lower("member_id"));--> statement-breakpoint
CREATE UNIQUE INDEX "members_mobile_uq" ON "members" USING btree ("account_id","mobile");--> statement-breakpoint
CREATE UNIQUE INDEX "members_email_uq" ON "members" USING btree ("account_id","email");--> statement-breakpoint
CREATE UNIQUE INDEX "members_wechat_id_uq" ON "members" USING btree ("account_id","wechat_id");--> statement-breakpoint
CREATE INDEX "members_account_name_idx" ON "members" USING btree ("account_id","name","id");