CREATE TABLE "speaker_members" (
	"org_id" uuid NOT NULL,
	"label" text NOT NULL,
	"member_id" uuid NOT NULL,
	"set_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "speaker_members_org_id_label_pk" PRIMARY KEY("org_id","label"),
	CONSTRAINT "speaker_members_label_ck" CHECK (length("speaker_members"."label") between 1 and 200)
);
--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "staff_member_id" uuid;--> statement-breakpoint
ALTER TABLE "speaker_members" ADD CONSTRAINT "speaker_members_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speaker_members" ADD CONSTRAINT "speaker_members_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speaker_members" ADD CONSTRAINT "speaker_members_set_by_members_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "speaker_members_member_idx" ON "speaker_members" USING btree ("member_id");--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_staff_member_id_members_id_fk" FOREIGN KEY ("staff_member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;