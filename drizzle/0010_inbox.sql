ALTER TABLE "processed_events" ADD COLUMN "body" jsonb;--> statement-breakpoint
ALTER TABLE "processed_events" ADD COLUMN "done_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "processed_events" ADD COLUMN "claimed_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "processed_events" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "processed_events_pending_idx" ON "processed_events" USING btree ("claimed_until") WHERE "processed_events"."body" is not null and "processed_events"."done_at" is null;