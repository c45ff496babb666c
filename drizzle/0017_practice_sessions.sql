CREATE TABLE "practice_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"scenario_id" text NOT NULL,
	"state" jsonb NOT NULL,
	"turns" integer DEFAULT 0 NOT NULL,
	"reply_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"outcome" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "practice_sessions_turns_ck" CHECK ("practice_sessions"."turns" >= 0)
);
--> statement-breakpoint
ALTER TABLE "practice_sessions" ADD CONSTRAINT "practice_sessions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_sessions" ADD CONSTRAINT "practice_sessions_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "practice_sessions_open_uq" ON "practice_sessions" USING btree ("member_id") WHERE "practice_sessions"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "practice_sessions_member_idx" ON "practice_sessions" USING btree ("member_id","started_at");--> statement-breakpoint
CREATE INDEX "practice_sessions_org_updated_idx" ON "practice_sessions" USING btree ("org_id","updated_at");