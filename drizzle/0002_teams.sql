CREATE TABLE "teams_conversations" (
	"org_id" uuid NOT NULL,
	"conversation_id" text NOT NULL,
	"conversation_type" text NOT NULL,
	"service_url" text NOT NULL,
	"bot_id" text NOT NULL,
	"user_aad_id" text,
	"user_bot_id" text,
	"removed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teams_conversations_org_id_conversation_id_pk" PRIMARY KEY("org_id","conversation_id"),
	CONSTRAINT "teams_conversations_type_ck" CHECK ("teams_conversations"."conversation_type" in ('personal', 'groupChat', 'channel'))
);
--> statement-breakpoint
CREATE TABLE "teams_inputs" (
	"org_id" uuid NOT NULL,
	"file_id" text NOT NULL,
	"kind" text NOT NULL,
	"download_url" text,
	"content" text,
	"organizer_aad_id" text,
	"meeting_id" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"failure" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teams_inputs_org_id_file_id_pk" PRIMARY KEY("org_id","file_id"),
	CONSTRAINT "teams_inputs_kind_ck" CHECK ("teams_inputs"."kind" in ('download', 'text', 'meeting')),
	CONSTRAINT "teams_inputs_attempts_ck" CHECK ("teams_inputs"."attempts" >= 0)
);
--> statement-breakpoint
ALTER TABLE "teams_conversations" ADD CONSTRAINT "teams_conversations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams_inputs" ADD CONSTRAINT "teams_inputs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "teams_conversations_user_idx" ON "teams_conversations" USING btree ("org_id","user_aad_id");--> statement-breakpoint
CREATE INDEX "teams_inputs_created_idx" ON "teams_inputs" USING btree ("created_at");