CREATE TABLE "certification_invitations" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"invited_by_id" uuid,
	"invited_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "certification_materials" (
	"certification_id" uuid NOT NULL,
	"upload_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"supplement" boolean DEFAULT false NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	CONSTRAINT "certification_materials_certification_id_upload_id_pk" PRIMARY KEY("certification_id","upload_id")
);
--> statement-breakpoint
CREATE TABLE "certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"nickname" text NOT NULL,
	"fee_cents" integer NOT NULL,
	"started_by_id" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"renewal_of_id" uuid,
	"terms_accepted_at" timestamp with time zone,
	"contact_name" text,
	"contact_phone" text,
	"profession" text,
	"information_at" timestamp with time zone,
	"invoice_title" text,
	"invoice_tax_number" text,
	"invoice_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"dispatched_at" timestamp with time zone,
	"reviewer_id" uuid,
	"review_call_at" timestamp with time zone,
	"identity_confirmed" boolean,
	"recording_played" boolean,
	"decided_at" timestamp with time zone,
	"qualification" text,
	"naming" text,
	"decision_reason" text,
	"suggested_nickname" text,
	"previous_account_name" text,
	"badge" text,
	"approved_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"certification_number" text,
	"member_scale" integer,
	"supplements_used" integer DEFAULT 0 NOT NULL,
	"expired_at" timestamp with time zone,
	CONSTRAINT "certifications_certification_number_unique" UNIQUE("certification_number")
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"certification_id" uuid NOT NULL,
	"amount_cents" integer NOT NULL,
	"payer_id" uuid,
	"provider" text NOT NULL,
	"reference" text NOT NULL,
	"refundable" boolean DEFAULT false NOT NULL,
	"paid_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "certification_invitations" ADD CONSTRAINT "certification_invitations_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_invitations" ADD CONSTRAINT "certification_invitations_invited_by_id_users_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_materials" ADD CONSTRAINT "certification_materials_certification_id_certifications_id_fk" FOREIGN KEY ("certification_id") REFERENCES "public"."certifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_materials" ADD CONSTRAINT "certification_materials_upload_id_uploads_id_fk" FOREIGN KEY ("upload_id") REFERENCES "public"."uploads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_certification_id_certifications_id_fk" FOREIGN KEY ("certification_id") REFERENCES "public"."certifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_payer_id_users_id_fk" FOREIGN KEY ("payer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certifications_account_started_idx" ON "certifications" USING btree ("account_id","started_at");--> statement-breakpoint
CREATE INDEX "certifications_status_dispatched_idx" ON "certifications" USING btree ("status","dispatched_at");--> statement-breakpoint
CREATE INDEX "certifications_reviewer_status_idx" ON "certifications" USING btree ("reviewer_id","status");--> statement-breakpoint
CREATE INDEX "certifications_expires_idx" ON "certifications" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "certifications_started_idx" ON "certifications" USING btree ("started_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_one_per_certification_uq" ON "payments" USING btree ("certification_id");--> statement-breakpoint
CREATE INDEX "uploads_owner_idx" ON "uploads" USING btree ("owner_id");