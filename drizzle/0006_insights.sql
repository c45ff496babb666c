CREATE TABLE "export_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"created_by" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_reviews" (
	"feedback_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"reviewed_by" uuid,
	"label" jsonb,
	"transcript" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_reviews_decision_ck" CHECK ("feedback_reviews"."decision" in ('accepted', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "insights_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"warn_threshold" real DEFAULT 6 NOT NULL,
	"urgent_threshold" real DEFAULT 12 NOT NULL,
	"half_life_days" real DEFAULT 14 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "insights_settings_thresholds_ck" CHECK ("insights_settings"."warn_threshold" > 0 and "insights_settings"."urgent_threshold" > "insights_settings"."warn_threshold"),
	CONSTRAINT "insights_settings_half_life_ck" CHECK ("insights_settings"."half_life_days" between 1 and 365)
);
--> statement-breakpoint
CREATE TABLE "monthly_reports" (
	"org_id" uuid NOT NULL,
	"month" text NOT NULL,
	"summary" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monthly_reports_org_id_month_pk" PRIMARY KEY("org_id","month"),
	CONSTRAINT "monthly_reports_month_ck" CHECK ("monthly_reports"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "stress_balances" (
	"member_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"balance" real DEFAULT 0 NOT NULL,
	"as_of" timestamp with time zone NOT NULL,
	"level" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stress_balances_level_ck" CHECK ("stress_balances"."level" between 0 and 2),
	CONSTRAINT "stress_balances_balance_ck" CHECK ("stress_balances"."balance" >= 0)
);
--> statement-breakpoint
CREATE TABLE "stress_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"analysis_id" uuid NOT NULL,
	"weight" real NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stress_events_analysis_member_uq" UNIQUE("analysis_id","member_id"),
	CONSTRAINT "stress_events_weight_ck" CHECK ("stress_events"."weight" >= 0)
);
--> statement-breakpoint
CREATE TABLE "stress_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"balance" real NOT NULL,
	"analysis_ids" uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stress_notices_level_ck" CHECK ("stress_notices"."level" between 1 and 2)
);
--> statement-breakpoint
CREATE TABLE "suppressed_phrases" (
	"org_id" uuid NOT NULL,
	"phrase" text NOT NULL,
	"feedback_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "suppressed_phrases_org_id_phrase_pk" PRIMARY KEY("org_id","phrase"),
	CONSTRAINT "suppressed_phrases_len_ck" CHECK (length("suppressed_phrases"."phrase") between 2 and 500)
);
--> statement-breakpoint
ALTER TABLE "outbox" DROP CONSTRAINT "outbox_kind_ck";--> statement-breakpoint
ALTER TABLE "export_links" ADD CONSTRAINT "export_links_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "export_links" ADD CONSTRAINT "export_links_created_by_members_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_reviews" ADD CONSTRAINT "feedback_reviews_feedback_id_feedback_id_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_reviews" ADD CONSTRAINT "feedback_reviews_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_reviews" ADD CONSTRAINT "feedback_reviews_reviewed_by_members_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights_settings" ADD CONSTRAINT "insights_settings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stress_balances" ADD CONSTRAINT "stress_balances_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stress_balances" ADD CONSTRAINT "stress_balances_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stress_events" ADD CONSTRAINT "stress_events_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stress_events" ADD CONSTRAINT "stress_events_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stress_events" ADD CONSTRAINT "stress_events_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stress_notices" ADD CONSTRAINT "stress_notices_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stress_notices" ADD CONSTRAINT "stress_notices_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suppressed_phrases" ADD CONSTRAINT "suppressed_phrases_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suppressed_phrases" ADD CONSTRAINT "suppressed_phrases_feedback_id_feedback_id_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "export_links_org_idx" ON "export_links" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "feedback_reviews_org_idx" ON "feedback_reviews" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "stress_balances_org_idx" ON "stress_balances" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "stress_events_member_idx" ON "stress_events" USING btree ("member_id","occurred_at");--> statement-breakpoint
CREATE INDEX "stress_notices_org_idx" ON "stress_notices" USING btree ("org_id","created_at");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_kind_ck" CHECK ("outbox"."kind" in ('analysis_result', 'alert', 'quota_warning', 'quota_exceeded', 'error', 'community_post', 'community_update', 'booking', 'insights'));