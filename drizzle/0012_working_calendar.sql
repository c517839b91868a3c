CREATE TABLE "working_calendar_versions" (
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"source" text NOT NULL,
	"holidays" jsonb NOT NULL,
	"makeup_days" jsonb NOT NULL,
	"note" text,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "working_calendar_versions_year_version_pk" PRIMARY KEY("year","version")
);
--> statement-breakpoint
ALTER TABLE "appeals" ADD COLUMN "deadline_uncertain" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "working_calendar_versions" ADD CONSTRAINT "working_calendar_versions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The calendar's versions are its history: an edit adds a version, nothing changes or removes one.
CREATE FUNCTION working_calendar_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'working_calendar_versions is append-only: % is not allowed', TG_OP;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER working_calendar_no_update_or_delete
  BEFORE UPDATE OR DELETE ON working_calendar_versions
  FOR EACH ROW EXECUTE FUNCTION working_calendar_append_only();
