ALTER TABLE "violations" ADD COLUMN "counted_violation_ids" uuid[];--> statement-breakpoint
ALTER TABLE "violations" ADD COLUMN "rule_key" text;--> statement-breakpoint
ALTER TABLE "violations" ADD COLUMN "rule_effective_from" timestamp with time zone;