CREATE TABLE "scheduled_job_runs" (
	"job" text NOT NULL,
	"slot" timestamp with time zone NOT NULL,
	"ran_by" text NOT NULL,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scheduled_job_runs_job_slot_pk" PRIMARY KEY("job","slot")
);
