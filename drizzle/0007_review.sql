CREATE TABLE "organisation_review_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"allow_model" boolean DEFAULT false NOT NULL,
	"model" text,
	"max_input_tokens" integer,
	"max_output_tokens" integer,
	"manual" text,
	"manual_updated_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_settings_model_ck" CHECK ("organisation_review_settings"."model" is null or char_length("organisation_review_settings"."model") between 1 and 200),
	CONSTRAINT "review_settings_input_ck" CHECK ("organisation_review_settings"."max_input_tokens" is null or "organisation_review_settings"."max_input_tokens" between 1000 and 1000000),
	CONSTRAINT "review_settings_output_ck" CHECK ("organisation_review_settings"."max_output_tokens" is null or "organisation_review_settings"."max_output_tokens" between 256 and 100000),
	CONSTRAINT "review_settings_manual_ck" CHECK ("organisation_review_settings"."manual" is null or octet_length("organisation_review_settings"."manual") <= 204800)
);
--> statement-breakpoint
CREATE TABLE "review_usage" (
	"org_id" uuid NOT NULL,
	"month" text NOT NULL,
	"requests" integer DEFAULT 0 NOT NULL,
	"input_tokens" bigint DEFAULT 0 NOT NULL,
	"output_tokens" bigint DEFAULT 0 NOT NULL,
	"cost_usd" double precision DEFAULT 0 NOT NULL,
	"unpriced_requests" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_usage_org_id_month_pk" PRIMARY KEY("org_id","month"),
	CONSTRAINT "review_usage_month_ck" CHECK ("review_usage"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "review_usage_counts_ck" CHECK ("review_usage"."requests" >= 0 and "review_usage"."input_tokens" >= 0 and "review_usage"."output_tokens" >= 0 and "review_usage"."cost_usd" >= 0 and "review_usage"."unpriced_requests" >= 0)
);
--> statement-breakpoint
ALTER TABLE "organisation_review_settings" ADD CONSTRAINT "organisation_review_settings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_usage" ADD CONSTRAINT "review_usage_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;