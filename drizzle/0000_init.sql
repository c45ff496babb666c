CREATE TABLE "members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"platform_user_id" text NOT NULL,
	"display_name" text,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"sponsor_company" text,
	"may_pay_by_invoice" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "members_org_user_uq" UNIQUE("org_id","platform_user_id"),
	CONSTRAINT "members_roles_ck" CHECK ("members"."roles" <@ array['staff','supervisor','instructor','admin','graduate','trainee']::text[]),
	CONSTRAINT "members_invoice_ck" CHECK (not "members"."may_pay_by_invoice" or "members"."sponsor_company" is not null)
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"platform" text NOT NULL,
	"platform_team_id" text NOT NULL,
	"name" text NOT NULL,
	"language" text DEFAULT 'ja' NOT NULL,
	"time_zone" text DEFAULT 'Asia/Tokyo' NOT NULL,
	"alert_threshold" integer DEFAULT 70 NOT NULL,
	"department_channel" text,
	"retention_days" integer DEFAULT 90 NOT NULL,
	"monthly_minute_quota" integer DEFAULT 3000 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_platform_team_uq" UNIQUE("platform","platform_team_id"),
	CONSTRAINT "organisations_platform_ck" CHECK ("organisations"."platform" in ('slack', 'teams')),
	CONSTRAINT "organisations_language_ck" CHECK ("organisations"."language" in ('ja', 'en')),
	CONSTRAINT "organisations_alert_threshold_ck" CHECK ("organisations"."alert_threshold" between 0 and 100),
	CONSTRAINT "organisations_retention_days_ck" CHECK ("organisations"."retention_days" between 1 and 3650),
	CONSTRAINT "organisations_quota_ck" CHECK ("organisations"."monthly_minute_quota" >= 0)
);
--> statement-breakpoint
CREATE TABLE "supervisor_links" (
	"member_id" uuid NOT NULL,
	"supervisor_id" uuid NOT NULL,
	CONSTRAINT "supervisor_links_member_id_supervisor_id_pk" PRIMARY KEY("member_id","supervisor_id"),
	CONSTRAINT "supervisor_links_not_self_ck" CHECK ("supervisor_links"."member_id" <> "supervisor_links"."supervisor_id")
);
--> statement-breakpoint
CREATE TABLE "analyses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"schema_version" integer NOT NULL,
	"language" text NOT NULL,
	"verdict" text NOT NULL,
	"risk" integer NOT NULL,
	"level" text NOT NULL,
	"categories" text[] NOT NULL,
	"duration_sec" real,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "analyses_submission_uq" UNIQUE("submission_id"),
	CONSTRAINT "analyses_schema_version_ck" CHECK ("analyses"."schema_version" = 1),
	CONSTRAINT "analyses_language_ck" CHECK ("analyses"."language" in ('ja', 'en')),
	CONSTRAINT "analyses_verdict_ck" CHECK ("analyses"."verdict" in ('kasuhara', 'complaint', 'normal')),
	CONSTRAINT "analyses_level_ck" CHECK ("analyses"."level" in ('none', 'low', 'medium', 'high')),
	CONSTRAINT "analyses_risk_ck" CHECK ("analyses"."risk" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "excerpts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"analysis_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"start_sec" real,
	"end_sec" real,
	"line" integer NOT NULL,
	"speaker" text,
	"text" text NOT NULL,
	"categories" text[] NOT NULL,
	"score" integer NOT NULL,
	CONSTRAINT "excerpts_analysis_ordinal_uq" UNIQUE("analysis_id","ordinal"),
	CONSTRAINT "excerpts_score_ck" CHECK ("excerpts"."score" between 0 and 100),
	CONSTRAINT "excerpts_line_ck" CHECK ("excerpts"."line" >= 1),
	CONSTRAINT "excerpts_times_ck" CHECK ("excerpts"."start_sec" is null or "excerpts"."end_sec" is null or "excerpts"."end_sec" >= "excerpts"."start_sec")
);
--> statement-breakpoint
CREATE TABLE "submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"submitted_by" uuid NOT NULL,
	"source" text NOT NULL,
	"platform_event_id" text,
	"platform_file_id" text NOT NULL,
	"file_name" text NOT NULL,
	"file_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"duration_sec" real,
	"sha256" text,
	"reply_to" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"error_code" text,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "submissions_event_uq" UNIQUE("org_id","source","platform_event_id"),
	CONSTRAINT "submissions_file_sha_uq" UNIQUE NULLS NOT DISTINCT("org_id","platform_file_id","sha256"),
	CONSTRAINT "submissions_source_ck" CHECK ("submissions"."source" in ('slack_file', 'teams_file', 'teams_meeting', 'cli')),
	CONSTRAINT "submissions_status_ck" CHECK ("submissions"."status" in ('queued', 'processing', 'analysed', 'rejected', 'failed')),
	CONSTRAINT "submissions_size_ck" CHECK ("submissions"."size_bytes" >= 0),
	CONSTRAINT "submissions_duration_ck" CHECK ("submissions"."duration_sec" is null or "submissions"."duration_sec" >= 0),
	CONSTRAINT "submissions_sha256_ck" CHECK ("submissions"."sha256" is null or "submissions"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "submissions_error_ck" CHECK (("submissions"."status" in ('rejected', 'failed')) = ("submissions"."error_code" is not null))
);
--> statement-breakpoint
CREATE TABLE "transcripts" (
	"submission_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"format" text NOT NULL,
	"content" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"analysis_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alerts_analysis_recipient_uq" UNIQUE("analysis_id","recipient_id"),
	CONSTRAINT "alerts_status_ck" CHECK ("alerts"."status" in ('open', 'acknowledged')),
	CONSTRAINT "alerts_ack_ck" CHECK (("alerts"."status" = 'acknowledged') = ("alerts"."acknowledged_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"analysis_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_analysis_member_uq" UNIQUE("analysis_id","member_id"),
	CONSTRAINT "feedback_kind_ck" CHECK ("feedback"."kind" in ('false_positive', 'missed', 'correct'))
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"org_id" uuid,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"subject" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_log_action_ck" CHECK ("audit_log"."action" in ('export', 'delete', 'retention_sweep', 'dead_letter_retry', 'settings_change'))
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"target" jsonb NOT NULL,
	"payload" jsonb NOT NULL,
	"dedupe_key" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"claimed_until" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"platform_message_ref" text,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_dedupe_key_uq" UNIQUE("dedupe_key"),
	CONSTRAINT "outbox_kind_ck" CHECK ("outbox"."kind" in ('analysis_result', 'alert', 'quota_warning', 'quota_exceeded', 'error')),
	CONSTRAINT "outbox_status_ck" CHECK ("outbox"."status" in ('pending', 'sending', 'sent', 'failed')),
	CONSTRAINT "outbox_sent_ck" CHECK (("outbox"."status" = 'sent') = ("outbox"."sent_at" is not null)),
	CONSTRAINT "outbox_claim_ck" CHECK ("outbox"."status" <> 'sending' or "outbox"."claimed_until" is not null),
	CONSTRAINT "outbox_attempts_ck" CHECK ("outbox"."attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "processed_events" (
	"platform" text NOT NULL,
	"event_id" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_events_platform_event_id_pk" PRIMARY KEY("platform","event_id"),
	CONSTRAINT "processed_events_platform_ck" CHECK ("processed_events"."platform" in ('slack', 'teams'))
);
--> statement-breakpoint
CREATE TABLE "monthly_usage" (
	"org_id" uuid NOT NULL,
	"month" text NOT NULL,
	"seconds_analysed" bigint DEFAULT 0 NOT NULL,
	"files_analysed" integer DEFAULT 0 NOT NULL,
	"warned_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monthly_usage_org_id_month_pk" PRIMARY KEY("org_id","month"),
	CONSTRAINT "monthly_usage_month_ck" CHECK ("monthly_usage"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "monthly_usage_seconds_ck" CHECK ("monthly_usage"."seconds_analysed" >= 0),
	CONSTRAINT "monthly_usage_files_ck" CHECK ("monthly_usage"."files_analysed" >= 0)
);
--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervisor_links" ADD CONSTRAINT "supervisor_links_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervisor_links" ADD CONSTRAINT "supervisor_links_supervisor_id_members_id_fk" FOREIGN KEY ("supervisor_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analyses" ADD CONSTRAINT "analyses_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analyses" ADD CONSTRAINT "analyses_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "excerpts" ADD CONSTRAINT "excerpts_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_submitted_by_members_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transcripts" ADD CONSTRAINT "transcripts_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transcripts" ADD CONSTRAINT "transcripts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_recipient_id_members_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_acknowledged_by_members_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_usage" ADD CONSTRAINT "monthly_usage_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supervisor_links_supervisor_idx" ON "supervisor_links" USING btree ("supervisor_id");--> statement-breakpoint
CREATE INDEX "analyses_org_created_idx" ON "analyses" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "submissions_status_idx" ON "submissions" USING btree ("status");--> statement-breakpoint
CREATE INDEX "transcripts_org_created_idx" ON "transcripts" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "alerts_org_status_idx" ON "alerts" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "audit_log_org_created_idx" ON "audit_log" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "outbox_status_idx" ON "outbox" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "processed_events_received_idx" ON "processed_events" USING btree ("received_at");