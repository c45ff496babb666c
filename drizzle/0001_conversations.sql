CREATE TABLE "alert_reminders" (
	"alert_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alert_reminders_alert_id_round_pk" PRIMARY KEY("alert_id","round"),
	CONSTRAINT "alert_reminders_round_ck" CHECK ("alert_reminders"."round" >= 1)
);
--> statement-breakpoint
CREATE TABLE "intake_channels" (
	"org_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intake_channels_org_id_channel_pk" PRIMARY KEY("org_id","channel")
);
--> statement-breakpoint
CREATE TABLE "progress_messages" (
	"submission_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"channel" text,
	"platform_message_ref" text,
	"language" text DEFAULT 'ja' NOT NULL,
	"state" text DEFAULT 'progress' NOT NULL,
	"answer_ref" text,
	"timeline_uploaded" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "progress_messages_state_ck" CHECK ("progress_messages"."state" in ('progress', 'answered')),
	CONSTRAINT "progress_messages_language_ck" CHECK ("progress_messages"."language" in ('ja', 'en'))
);
--> statement-breakpoint
ALTER TABLE "intake_channels" ADD CONSTRAINT "intake_channels_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_messages" ADD CONSTRAINT "progress_messages_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_messages" ADD CONSTRAINT "progress_messages_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "progress_messages_state_idx" ON "progress_messages" USING btree ("state","created_at");