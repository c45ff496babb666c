CREATE TABLE "community_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"question_id" uuid NOT NULL,
	"author" uuid NOT NULL,
	"body" text NOT NULL,
	"source" text NOT NULL,
	"platform_message_ref" text,
	"hidden_at" timestamp with time zone,
	"hidden_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_answers_platform_ref_uq" UNIQUE("question_id","platform_message_ref"),
	CONSTRAINT "community_answers_source_ck" CHECK ("community_answers"."source" in ('bot', 'thread')),
	CONSTRAINT "community_answers_body_ck" CHECK (char_length("community_answers"."body") between 1 and 3000)
);
--> statement-breakpoint
CREATE TABLE "community_event_reminders" (
	"event_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_event_reminders_event_id_kind_starts_at_pk" PRIMARY KEY("event_id","kind","starts_at"),
	CONSTRAINT "community_event_reminders_kind_ck" CHECK ("community_event_reminders"."kind" in ('day', 'hour'))
);
--> statement-breakpoint
CREATE TABLE "community_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"organiser" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"location" text NOT NULL,
	"capacity" integer NOT NULL,
	"going_count" integer DEFAULT 0 NOT NULL,
	"rsvp_deadline" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"channel" text NOT NULL,
	"attendance_recorded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_events_status_ck" CHECK ("community_events"."status" in ('scheduled', 'cancelled')),
	CONSTRAINT "community_events_capacity_ck" CHECK ("community_events"."capacity" between 1 and 10000),
	CONSTRAINT "community_events_seats_ck" CHECK ("community_events"."going_count" between 0 and "community_events"."capacity"),
	CONSTRAINT "community_events_duration_ck" CHECK ("community_events"."duration_minutes" between 5 and 1440),
	CONSTRAINT "community_events_deadline_ck" CHECK ("community_events"."rsvp_deadline" <= "community_events"."starts_at"),
	CONSTRAINT "community_events_title_ck" CHECK (char_length("community_events"."title") between 1 and 150)
);
--> statement-breakpoint
CREATE TABLE "community_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"asked_by" uuid NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"industry" text,
	"status" text DEFAULT 'unanswered' NOT NULL,
	"accepted_answer_id" uuid,
	"resolved_at" timestamp with time zone,
	"channel" text NOT NULL,
	"title_tokens" text DEFAULT '' NOT NULL,
	"body_tokens" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', title_tokens), 'A') || setweight(to_tsvector('simple', body_tokens), 'B')) STORED,
	"escalations" integer DEFAULT 0 NOT NULL,
	"last_escalated_at" timestamp with time zone,
	"hidden_at" timestamp with time zone,
	"hidden_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_questions_status_ck" CHECK ("community_questions"."status" in ('unanswered', 'answered', 'resolved')),
	CONSTRAINT "community_questions_resolved_ck" CHECK (("community_questions"."status" = 'resolved') = ("community_questions"."accepted_answer_id" is not null and "community_questions"."resolved_at" is not null)),
	CONSTRAINT "community_questions_title_ck" CHECK (char_length("community_questions"."title") between 1 and 150),
	CONSTRAINT "community_questions_body_ck" CHECK (char_length("community_questions"."body") between 1 and 3000),
	CONSTRAINT "community_questions_escalations_ck" CHECK ("community_questions"."escalations" >= 0)
);
--> statement-breakpoint
CREATE TABLE "community_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"question_id" uuid,
	"answer_id" uuid,
	"reporter" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_reports_once_uq" UNIQUE NULLS NOT DISTINCT("question_id","answer_id","reporter"),
	CONSTRAINT "community_reports_subject_ck" CHECK (("community_reports"."question_id" is null) <> ("community_reports"."answer_id" is null)),
	CONSTRAINT "community_reports_reason_ck" CHECK (char_length("community_reports"."reason") between 1 and 500)
);
--> statement-breakpoint
CREATE TABLE "community_rsvps" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"status" text NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attended" boolean,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_rsvps_member_uq" UNIQUE("event_id","member_id"),
	CONSTRAINT "community_rsvps_status_ck" CHECK ("community_rsvps"."status" in ('going', 'waitlisted', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "community_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"instructors_channel" text,
	"escalate_after_hours" integer DEFAULT 48 NOT NULL,
	"reescalate_every_hours" integer DEFAULT 24 NOT NULL,
	"max_escalations" integer DEFAULT 3 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_settings_escalate_ck" CHECK ("community_settings"."escalate_after_hours" between 1 and 2160),
	CONSTRAINT "community_settings_reescalate_ck" CHECK ("community_settings"."reescalate_every_hours" between 1 and 2160),
	CONSTRAINT "community_settings_max_escalations_ck" CHECK ("community_settings"."max_escalations" between 1 and 20)
);
--> statement-breakpoint
ALTER TABLE "outbox" DROP CONSTRAINT "outbox_kind_ck";--> statement-breakpoint
ALTER TABLE "community_answers" ADD CONSTRAINT "community_answers_question_id_community_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."community_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_answers" ADD CONSTRAINT "community_answers_author_members_id_fk" FOREIGN KEY ("author") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_answers" ADD CONSTRAINT "community_answers_hidden_by_members_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_event_reminders" ADD CONSTRAINT "community_event_reminders_event_id_community_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."community_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_events" ADD CONSTRAINT "community_events_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_events" ADD CONSTRAINT "community_events_organiser_members_id_fk" FOREIGN KEY ("organiser") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_questions" ADD CONSTRAINT "community_questions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_questions" ADD CONSTRAINT "community_questions_asked_by_members_id_fk" FOREIGN KEY ("asked_by") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_questions" ADD CONSTRAINT "community_questions_hidden_by_members_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_reports" ADD CONSTRAINT "community_reports_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_reports" ADD CONSTRAINT "community_reports_question_id_community_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."community_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_reports" ADD CONSTRAINT "community_reports_answer_id_community_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."community_answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_reports" ADD CONSTRAINT "community_reports_reporter_members_id_fk" FOREIGN KEY ("reporter") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_rsvps" ADD CONSTRAINT "community_rsvps_event_id_community_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."community_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_rsvps" ADD CONSTRAINT "community_rsvps_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_settings" ADD CONSTRAINT "community_settings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "community_answers_question_idx" ON "community_answers" USING btree ("question_id","created_at");--> statement-breakpoint
CREATE INDEX "community_events_org_starts_idx" ON "community_events" USING btree ("org_id","starts_at");--> statement-breakpoint
CREATE INDEX "community_events_upcoming_idx" ON "community_events" USING btree ("starts_at") WHERE "community_events"."status" = 'scheduled';--> statement-breakpoint
CREATE INDEX "community_questions_org_created_idx" ON "community_questions" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "community_questions_open_idx" ON "community_questions" USING btree ("org_id","status") WHERE "community_questions"."hidden_at" is null;--> statement-breakpoint
CREATE INDEX "community_questions_search_idx" ON "community_questions" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "community_reports_org_idx" ON "community_reports" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "community_rsvps_waitlist_idx" ON "community_rsvps" USING btree ("event_id","queued_at","id") WHERE "community_rsvps"."status" = 'waitlisted';--> statement-breakpoint
CREATE INDEX "community_rsvps_member_idx" ON "community_rsvps" USING btree ("member_id");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_kind_ck" CHECK ("outbox"."kind" in ('analysis_result', 'alert', 'quota_warning', 'quota_exceeded', 'error', 'community_post', 'community_update'));