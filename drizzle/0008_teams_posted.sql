CREATE TABLE "teams_posted_activities" (
	"outbox_id" uuid NOT NULL,
	"part" integer NOT NULL,
	"ref" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teams_posted_activities_outbox_id_part_pk" PRIMARY KEY("outbox_id","part"),
	CONSTRAINT "teams_posted_activities_part_ck" CHECK ("teams_posted_activities"."part" >= -1)
);
--> statement-breakpoint
ALTER TABLE "teams_posted_activities" ADD CONSTRAINT "teams_posted_activities_outbox_id_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."outbox"("id") ON DELETE cascade ON UPDATE no action;